// npm run check:pages -- [docs/<category>/<page>.mdx ...]
// 检查 front matter、标题 id、MDX 编译和 Mermaid 语法（在 chromium 里用 mermaid.parse）。
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { listPageFiles, parsePage } from './lib/pages';
import { checkPageStructure, compileMdx, mermaidBlocks } from './lib/page-checks';
import { parseMermaidBlocks } from './lib/mermaid-parse';

async function main(): Promise<number> {
  const files = process.argv.slice(2).length ? process.argv.slice(2).map((f) => resolve(f)) : listPageFiles();
  let failed = 0;
  const diagrams: Array<{ file: string; line: number; code: string }> = [];
  for (const file of files) {
    const page = parsePage(file);
    const problems = checkPageStructure(page);
    const mdxError = await compileMdx(readFileSync(file, 'utf8'), file);
    if (mdxError) problems.push(`MDX 编译失败：${mdxError}`);
    for (const b of mermaidBlocks(page.body)) diagrams.push({ file: page.file, line: b.line, code: b.code });
    if (problems.length) {
      failed++;
      console.log(`FAIL ${page.file}\n${problems.map((p) => `    ${p}`).join('\n')}`);
    } else console.log(`ok   ${page.file}`);
  }
  const mermaidErrors = await parseMermaidBlocks(diagrams);
  for (const e of mermaidErrors) {
    failed++;
    console.log(`FAIL ${e.file}（正文第 ${e.line} 行的 mermaid 图）：${e.error}`);
  }
  console.log(`${diagrams.length} mermaid diagram(s) parsed, ${failed} problem page(s)/diagram(s)`);
  return failed;
}
void main().then((n) => process.exit(n ? 1 : 0));
