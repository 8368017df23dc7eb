// 测试用的“预期文字”：从 Mermaid 源码里取出读者应当在图上看到的文字，和渲染出的 SVG 比对。
// 取两类：所有中文片段（id 和关键字都是 ASCII，中文只会出现在标签里），以及双引号里的标签。

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/** 比较时去掉空白和 Markdown 记号：SVG 把标签拆成多个 <tspan>，textContent 里没有原来的空格。 */
export function normalizeLabelText(s: string): string {
  const entities: Record<string, string> = { gt: '>', lt: '<', amp: '&', quot: '"' };
  return s
    .replace(/#(\w+);/g, (_, name: string) => entities[name] ?? '').replace(/<br\s*\/?>/gi, '').replace(/[`*_\s]/g, '');
}

export function expectedLabels(code: string): string[] {
  const lines = code.split('\n').filter((l) => !/^\s*%%/.test(l));
  const out = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(CJK_RUN)) out.add(m[0]);
    for (const m of line.matchAll(/"([^"]+)"/g)) {
      for (const part of m[1]!.split(/<br\s*\/?>/i)) {
        const text = normalizeLabelText(part);
        if (text) out.add(text);
      }
    }
  }
  return [...out];
}
