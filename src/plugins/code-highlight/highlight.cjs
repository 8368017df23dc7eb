// 构建时高亮：正文代码块（remark-code-blocks.ts）和示例代码（examples/example-loader.cjs）都在这里分词。
// 产出 HTML 字符串（只有记号的 <span>，相邻同类记号合并、无类型的文本不包 span），页面以 innerHTML 插入；
// 浏览器里不加载 Prism，水合时也不为每个记号建 React 节点。
const { Prism, normalizeTokens, themes } = require('prism-react-renderer');

// prism-react-renderer 自带的 Prism 缺这些语言；docusaurus.config.ts 的 prism.additionalLanguages 也取这一份。
const ADDITIONAL_LANGUAGES = ['java', 'bash', 'sql', 'lua', 'nginx'];
globalThis.Prism = Prism;
for (const lang of ADDITIONAL_LANGUAGES) require(`prismjs/components/prism-${lang}`);
delete globalThis.Prism;

const ALIASES = { ts: 'typescript', sh: 'bash', shell: 'bash' };

/** 浅色、深色两套配色（与 docusaurus.config.ts 的 themeConfig.prism 一致）。 */
const LIGHT = themes.vsLight;
const DARK = themes.vsDark;

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function grammarOf(lang) {
  return Prism.languages[ALIASES[lang] ?? lang];
}

/** 代码 → 高亮 HTML（末尾的换行去掉，与 Docusaurus 的代码块一致）。没有这门语言的语法时抛错。 */
function highlight(code, lang) {
  const grammar = grammarOf(lang);
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

/** 有语法就高亮，没有（text、redis、properties……）就只转义：与 Docusaurus 对未知语言显示纯文本一致。 */
function highlightOrPlain(code, lang) {
  return lang && grammarOf(lang) ? highlight(code, lang) : escapeHtml(code.replace(/\n$/, ''));
}

function declarations(style) {
  return Object.entries(style)
    .filter(([, v]) => typeof v === 'string')
    .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v}`)
    .join(';');
}

/**
 * 记号颜色：把两套 Prism 配色写成 CSS，作用于每个 scope 选择器之内；
 * codeBlockScope 另外得到 Docusaurus 代码块用的 --prism-color / --prism-background-color。
 * 颜色全在样式表里（不是行内样式），所以服务端渲染的 HTML 不随颜色模式变，水合后不用重建代码块。
 */
function tokenCss(scopes, codeBlockScope) {
  const rules = [];
  const emit = (prefix, theme) => {
    if (codeBlockScope) {
      rules.push(`${prefix}${codeBlockScope}{--prism-color:${theme.plain.color};--prism-background-color:${theme.plain.backgroundColor}}`);
    }
    for (const { types, style, languages } of theme.styles) {
      const selectors = [];
      for (const scope of scopes) {
        for (const t of types) {
          if (languages) for (const l of languages) selectors.push(`${prefix}${scope} .language-${l} .token.${t}`);
          else selectors.push(`${prefix}${scope} .token.${t}`);
        }
      }
      const decl = declarations(style);
      if (decl) rules.push(`${selectors.join(',')}{${decl}}`);
    }
  };
  emit('', LIGHT);
  emit("html[data-theme='dark'] ", DARK);
  return rules.join('\n') + '\n';
}

module.exports = { highlight, highlightOrPlain, tokenCss, ADDITIONAL_LANGUAGES };
