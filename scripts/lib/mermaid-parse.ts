// 在无头 chromium 里加载 node_modules 中的 mermaid，用 mermaid.parse 检查图的语法。
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

export { CHROMIUM, CHROMIUM_ARGS };

export async function parseMermaidBlocks(
  blocks: Array<{ file: string; line: number; code: string }>,
): Promise<Array<{ file: string; line: number; error: string }>> {
  if (blocks.length === 0) return [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: join(__dirname, '..', '..', 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
    const errors = await page.evaluate(async (items) => {
      const m = (window as unknown as { mermaid: { initialize(o: object): void; parse(c: string): Promise<unknown> } }).mermaid;
      m.initialize({ startOnLoad: false });
      const out: Array<{ i: number; error: string }> = [];
      for (let i = 0; i < items.length; i++) {
        try {
          await m.parse(items[i]!);
        } catch (e) {
          out.push({ i, error: String((e as Error).message ?? e).split('\n').slice(0, 4).join(' ') });
        }
      }
      return out;
    }, blocks.map((b) => b.code));
    return errors.map((e) => ({ file: blocks[e.i]!.file, line: blocks[e.i]!.line, error: e.error }));
  } finally {
    await browser.close();
  }
}
