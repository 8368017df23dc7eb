import type { Code, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { ensureRendered, type DiagramSource } from './diagrams';
import { writeSvgFile } from './svg-files';

/**
 * 把 ```mermaid 代码块换成 <MermaidDiagram lightId="<哈希>" darkId="…" …>
 * （开发服务器里是 light="<svg…>" dark="<svg…>"：那里没有构建结束时的填回，见 svg-files.ts），
 * 紧跟其后的说明行 *图：……* 移进去当 <figcaption>，它同时是图的文字替代（aria-label 与 <title>）。
 * SVG 由构建开始时的预渲染放进缓存，这里通常只读缓存；开发服务器里新写的图在这里补渲染。
 */

export const DIAGRAM_COMPONENT = 'MermaidDiagram';

function plainText(node: unknown): string {
  const n = node as { value?: unknown; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return Array.isArray(n.children) ? n.children.map(plainText).join('') : '';
}

export function isCaption(node: RootContent | undefined): node is Paragraph {
  return node?.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'emphasis' && /^图[：:]/.test(plainText(node).trim());
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 给 SVG 加上文字替代：aria-label 和第一个子元素 <title>。 */
export function labelSvg(svg: string, label: string): string {
  const text = escapeXml(label);
  return svg.replace(/^<svg\b([^>]*)>/, `<svg$1 aria-label="${text}"><title>${text}</title>`);
}

function attr(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

interface Found {
  parent: Parent;
  node: Code;
}

function findMermaid(parent: Parent, out: Found[]): void {
  for (const child of parent.children) {
    if (child.type === 'code' && child.lang === 'mermaid') out.push({ parent, node: child });
    else if ('children' in child && Array.isArray(child.children)) findMermaid(child as Parent, out);
  }
}

export default function remarkMermaidStatic(options: { production?: boolean } = {}) {
  const production = options.production ?? process.env.NODE_ENV === 'production';
  return async (root: Root, file: { path?: string }): Promise<void> => {
    const found: Found[] = [];
    findMermaid(root, found);
    if (found.length === 0) return;
    const sources: DiagramSource[] = found.map(({ node }) => ({
      file: file.path ?? '<mdx>',
      line: node.position?.start.line ?? 0,
      code: node.value + '\n',
    }));
    const rendered = await ensureRendered(sources);
    found.forEach(({ parent, node }, i) => {
      const index = parent.children.indexOf(node as never);
      const next = parent.children[index + 1] as RootContent | undefined;
      const caption = isCaption(next) ? next : null;
      const label = caption ? plainText(caption).trim() : `图：${node.value.trim().split(/\s/)[0]}`;
      const { light, dark } = rendered[i]!;
      const svgs = { light: labelSvg(light.svg, label), dark: labelSvg(dark.svg, label) };
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: DIAGRAM_COMPONENT,
        attributes: [
          ...(production
            ? [attr('lightId', writeSvgFile(svgs.light)), attr('darkId', writeSvgFile(svgs.dark))]
            : [attr('light', svgs.light), attr('dark', svgs.dark)]),
          attr('width', String(light.width)),
          attr('height', String(light.height)),
          attr('label', label),
        ],
        children: caption ? [caption] : [],
      };
      parent.children.splice(index, caption ? 2 : 1, element as never);
    });
  };
}
