// 沙箱页的 DOM 规模：示例代码是构建时高亮的 HTML，Go/Java 原文标签页打开时才渲染。
// 问题 21 的那一页（三个沙箱，都带 Go 原文）以前有约 5,200 个元素，其中沙箱占 3,500 个。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchedPage } from '../helpers/browser';
import { assertCleanVisits, useSite } from '../helpers/site';
import { EXAMPLES_DIR, loadExample } from '../../scripts/lib/examples';

const site = useSite();
const PAGE = '/docs/go-concurrency/csp-goroutine-channel';

/*
 * 上限 3,000：现在约 2,200–2,550（正文、目录和侧栏约 1,500，客户端画出的 4 张 Mermaid 图约 600–900，
 * 三个沙箱合计约 150），留出约 20% 给以后加内容；改动前是 5,200，原文标签页或逐记号的 React 渲染回来就会超出。
 * 每个沙箱在读者操作前不超过 80 + 8 × main.ts 行数个元素：按钮、标签、输出面板约 25 个，
 * 代码只剩高亮记号的 <span>（平均每行 5–7 个）；以前每行还有行、行号、内容三个元素，外加隐藏的原文标签页，
 * 三个沙箱以前是 425、931、2,142 个元素，现在 80、210、484 个。
 */
const PAGE_ELEMENTS_MAX = 3000;
const PLAYGROUND_BASE_MAX = 80;
const PLAYGROUND_PER_LINE_MAX = 8;

test('沙箱页的元素数有上限；Go 原文标签页打开时才渲染出代码和预期输出', async () => {
  const context = await site.browser.newContext({ viewport: { width: 412, height: 823 } });
  const w = await watchedPage(context);
  site.visited.push(w);
  const { page } = w;
  const res = await page.goto(site.server.url + PAGE, { waitUntil: 'networkidle' });
  assert.equal(res?.status(), 200);

  const total = await page.evaluate(() => document.getElementsByTagName('*').length);
  assert.ok(total < PAGE_ELEMENTS_MAX, `页面有 ${total} 个元素，上限 ${PAGE_ELEMENTS_MAX}`);
  const figures = page.locator('figure[data-example]');
  const sizes = await figures.evaluateAll((els) => els.map((e) => e.getElementsByTagName('*').length));
  assert.ok(sizes.length >= 3, `只找到 ${sizes.length} 个沙箱`);
  const ids = await figures.evaluateAll((els) => els.map((e) => e.getAttribute('data-example')!));
  ids.forEach((id, i) => {
    const lines = loadExample(join(EXAMPLES_DIR, id)).tsFiles['main.ts']!.split('\n').length;
    const max = PLAYGROUND_BASE_MAX + PLAYGROUND_PER_LINE_MAX * lines;
    assert.ok(sizes[i]! < max, `${id} 有 ${sizes[i]} 个元素，上限 ${max}（main.ts ${lines} 行）`);
  });

  // 最后一个沙箱：原文标签页的面板在打开前是空的，打开后有 Go 代码（构建时高亮）和 Go 版本的输出。
  const fig = figures.last();
  const id = (await fig.getAttribute('data-example'))!;
  const ex = loadExample(join(EXAMPLES_DIR, id));
  assert.ok(ex.goFiles.length > 0, `${id} 没有 Go 原文`);
  const goTab = fig.getByRole('tab', { name: 'Go 版本' });
  const panel = fig.locator(`#${(await goTab.getAttribute('aria-controls'))!}`);
  assert.equal(await panel.isVisible(), false);
  assert.equal(await panel.locator('*').count(), 0, '原文标签页打开前不应渲染内容');

  await fig.scrollIntoViewIfNeeded();
  await goTab.click();
  await panel.waitFor({ state: 'visible' });
  assert.equal(await goTab.getAttribute('aria-selected'), 'true');
  const goSource = readFileSync(join(ex.dir, ex.goFiles[0]!), 'utf8');
  const firstLine = goSource.split('\n').find((l) => l.trim().length > 0)!.trim();
  const code = panel.locator('pre code').first();
  assert.ok((await code.innerText()).includes(firstLine), `Go 代码缺少第一行：${firstLine}`);
  assert.ok((await code.locator('.token.keyword').count()) > 0, 'Go 代码没有高亮');
  const expected = await panel.getByTestId('original-expected').innerText();
  assert.ok(expected.includes(ex.expected.trim().split('\n')[0]!), 'Go 版本的输出缺失');

  // 切回 TypeScript：可运行的那一栏还在。
  await fig.getByRole('tab', { name: /TypeScript/ }).click();
  assert.equal(await panel.isVisible(), false);
  assert.ok(await fig.locator('[data-testid="playground-output"]').isVisible());
  await context.close();
});

test('沙箱 DOM 测试打开的页面没有请求 127.0.0.1 以外的主机，也没有控制台错误', () => {
  assertCleanVisits(site.visited, 1);
});
