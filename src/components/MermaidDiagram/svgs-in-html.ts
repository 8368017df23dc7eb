// 图的 SVG 所在的 <div … data-svg="<id>">：服务端渲染时是空的，构建结束时填上（plugins/mermaid-static/svg-files.ts）。
// HTML 压缩后属性可能不带引号。第一个捕获组是图的 id。
export const SVG_SLOT_ATTR = String.raw`\sdata-svg="?([0-9a-f]{16})"?`;

const FILLED = new RegExp(String.raw`${SVG_SLOT_ATTR}[^>]*>(<svg\b[\s\S]*?<\/svg>)<\/div>`, 'g');

export function svgsInHtml(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(FILLED)) out.set(m[1]!, m[2]!);
  return out;
}
