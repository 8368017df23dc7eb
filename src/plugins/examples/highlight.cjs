// 构建时高亮示例代码：浏览器里不跑 Prism，也不为每个记号建 React 节点。
// 产出 HTML 字符串（只有记号的 <span>，相邻同类记号合并、无类型的文本不包 span），由 Playground 用 innerHTML 插入。
const { Prism, normalizeTokens, themes } = require('prism-react-renderer');

// prism-react-renderer 自带的 Prism 没有 Java；和 Docusaurus 的 prism-include-languages 一样补上。
globalThis.Prism = Prism;
require('prismjs/components/prism-java');
delete globalThis.Prism;

const LANGS = { ts: 'typescript', go: 'go', java: 'java' };

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** 代码 → 高亮 HTML（末尾的换行去掉，与 Docusaurus 的代码块一致）。 */
function highlight(code, lang) {
  const grammar = Prism.languages[LANGS[lang] ?? lang];
  if (!grammar) throw new Error(`没有 ${lang} 的语法`);
  const lines = normalizeTokens(Prism.tokenize(code.replace(/\n$/, ''), grammar));
  const parts = [];
  let open = null;
  const close = () => {
    if (open !== null) parts.push('</span>');
    open = null;
  };
  lines.forEach((line, i) => {
    if (i > 0) {
      close();
      parts.push('\n');
    }
    for (const token of line) {
      // normalizeTokens 把空行表示成内容为 "\n" 的记号：换行已经在上面加过了。
      if (token.empty) continue;
      const types = token.types.filter((t) => t !== 'plain');
      const cls = types.length ? `token ${types.join(' ')}` : null;
      if (cls !== open) {
        close();
        if (cls) parts.push(`<span class="${cls}">`);
        open = cls;
      }
      parts.push(escapeHtml(token.content));
    }
  });
  close();
  return parts.join('');
}

/** 记号颜色：把 Docusaurus 用的 Prism 主题（浅色、深色）写成 CSS，作用于 scope 选择器之内。 */
function tokenCss(scope) {
  const rules = [];
  const emit = (prefix, theme) => {
    for (const { types, style, languages } of theme.styles) {
      if (languages) continue;
      const decl = Object.entries(style)
        .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v}`)
        .join(';');
      rules.push(`${types.map((t) => `${prefix}${scope} .token.${t}`).join(',')}{${decl}}`);
    }
  };
  emit('', themes.vsLight);
  emit("html[data-theme='dark'] ", themes.vsDark);
  return rules.join('\n') + '\n';
}

module.exports = { highlight, tokenCss };
