import type { Code, Parent, Root } from 'mdast';
const { highlightOrPlain } = require('./highlight.cjs') as { highlightOrPlain(code: string, lang: string | null | undefined): string };

// Docusaurus 的行高亮注释：构建时的 HTML 没有逐行结构，遇到就在构建时报错，而不是悄悄显示错。
const MAGIC_COMMENT = /highlight-(next-line|start|end)\b/;

function codeNodes(parent: Parent, out: Code[]): Code[] {
  for (const child of parent.children) {
    if (child.type === 'code') out.push(child);
    else if ('children' in child && Array.isArray(child.children)) codeNodes(child as Parent, out);
  }
  return out;
}

/**
 * 正文里的 ```lang 代码块在构建时高亮：HTML 作为 data-highlighted 属性交给 src/theme/CodeBlock，
 * 浏览器里不加载 Prism。代码块的 meta（title=、{1,3}、showLineNumbers）和行高亮注释不支持。
 */
export default function remarkCodeBlocks() {
  return (root: Root, file: { path?: string }): void => {
    for (const node of codeNodes(root, [])) {
      if (node.lang === 'mermaid') continue;
      const where = `${file.path ?? '<mdx>'}:${node.position?.start.line ?? 0}`;
      if (node.meta) throw new Error(`${where}: 代码块的 meta「${node.meta}」不支持（构建时高亮没有标题、行号和行高亮）`);
      if (MAGIC_COMMENT.test(node.value)) throw new Error(`${where}: 代码块里的 highlight-* 注释不支持`);
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, dataHighlighted: highlightOrPlain(node.value, node.lang) };
    }
  };
}
