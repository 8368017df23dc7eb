// 构建结束时填进 HTML 的 SVG 在 <div … data-svg="<id>"><svg …>…</svg></div> 里（见 plugins/mermaid-static/svg-files.ts）。
const FILLED = /\sdata-svg="?([0-9a-f]{16})"?[^>]*>(<svg\b[\s\S]*?<\/svg>)<\/div>/g;

export function svgsInHtml(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(FILLED)) out.set(m[1]!, m[2]!);
  return out;
}
