// 搜索的端到端测试（真实浏览器、真实构建）：按问题给结果、每道题最多两段命中、点结果落在问题标题上并标出查询词、
// 第一次查询下载 ≤ 300 KB（gzip，按网络响应计）、之后的同一查询不再下载、结果数如实、键盘操作、手机宽度与深色模式。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { assertCleanVisits, useSite } from '../helpers/site';

const site = useSite();
const FIRST_QUERY_LIMIT = 300 * 1024;

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await site.browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: options.viewport });
  const w = await watchedPage(context);
  site.visited.push(w);
  await w.page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  return w.page;
}

async function typeInNavbar(page: Page, query: string): Promise<void> {
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.fill(query);
  await page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
}

/** 等下拉框里每条结果的摘要都出来（正文都取到了）。 */
async function allSnippets(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const options = [...document.querySelectorAll('[role="option"]')];
    return options.length > 0 && options.every((o) => o.children.length >= 3);
  });
}

test('第一次查询的下载不超过 300 KB（gzip），再查一次不再下载', async () => {
  const page = await open('/');
  const requested: string[] = [];
  const bodies: Array<{ url: string; bytes: number }> = [];
  page.on('request', (req) => {
    if (new URL(req.url()).pathname.startsWith('/search-index/')) requested.push(req.url());
  });
  page.on('response', async (res) => {
    if (!new URL(res.url()).pathname.startsWith('/search-index/')) return;
    bodies.push({ url: res.url(), bytes: gzipSync(await res.body()).length });
  });
  await typeInNavbar(page, '缓存和数据库一致性');
  await allSnippets(page);
  await page.waitForTimeout(300);
  assert.equal(bodies.length, requested.length);
  const total = bodies.reduce((n, b) => n + b.bytes, 0);
  console.log(`first query: ${bodies.length} files, ${(total / 1024).toFixed(1)} KB gzip`);
  assert.ok(bodies.some((b) => b.url.endsWith('/search-index/meta.json')), '应下载 meta.json');
  assert.ok(bodies.some((b) => /\/shard-\d+\.[0-9a-f]{8}\.json$/.test(b.url)), '应下载分片');
  assert.ok(total <= FIRST_QUERY_LIMIT, `第一次查询下载了 ${total} 字节`);
  const before = requested.length;
  const input = page.locator('input.navbar__search-input');
  await input.fill('');
  await input.fill('缓存和数据库一致性');
  await allSnippets(page);
  await page.waitForTimeout(300);
  assert.deepEqual(requested.slice(before), [], '同一查询的分片和正文应留在内存里');
  await page.context().close();
});

test('下拉框：组合框模式，↑↓ 选择、Esc 关闭、Enter 打开问题并落在标题上，正文里标出查询词', async () => {
  const page = await open('/');
  await typeInNavbar(page, '幻读');
  const input = page.locator('input.navbar__search-input');
  assert.equal(await input.getAttribute('role'), 'combobox');
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.getByLabel('搜索手册').count(), '搜索框应有标签');
  const options = page.locator('[role="listbox"] [role="option"]');
  assert.ok((await options.count()) >= 2);
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  assert.equal(await options.nth(1).getAttribute('aria-selected'), 'true');
  await input.press('ArrowUp');
  assert.equal(await options.nth(0).getAttribute('aria-selected'), 'true');
  assert.equal(await input.getAttribute('aria-activedescendant'), await options.nth(0).getAttribute('id'));
  // 结果标题是问题本身，不是“详解”“追问”。
  for (const t of await page.locator('[role="option"] > span:first-child').allTextContents()) assert.doesNotMatch(t, /^(详解|追问)$/);
  assert.match((await page.locator('[role="status"]').filter({ hasText: '共' }).textContent()) ?? '', /^共 \d+ 个问题/);
  await input.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  assert.equal(await options.count(), 0);
  await input.press('ArrowDown');
  await options.first().waitFor();
  await input.press('Enter');
  await page.waitForURL(/\/docs\/.*#/);
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const heading = page.locator(`[id="${hash}"]`);
  await heading.waitFor();
  await page.locator('article mark.search-highlight').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300);
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  const height = await page.evaluate(() => window.innerHeight);
  assert.ok(top >= 0 && top < height * 0.3, `问题标题应在视口顶部，实际 top=${top}`);
  assert.ok((await page.locator('article mark.search-highlight').first().textContent())?.includes('幻读'));
  await page.context().close();
});

test('搜索页：每道题一条、最多两段命中，结果数如实，点结果落在问题标题上', async () => {
  const page = await open(`/search?q=${encodeURIComponent('插入意向锁')}`);
  const items = page.locator('article li[data-question]');
  await items.first().waitFor({ timeout: 15_000 });
  const n = await items.count();
  const status = (await page.locator('article [role="status"]').textContent()) ?? '';
  assert.equal(status, `共 ${n} 个问题`, '结果数应与列出的问题数一致');
  const questions = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question')));
  assert.equal(new Set(questions).size, n, '同一道题不应出现两次');
  for (const q of questions) assert.match(q!, /^docs\/mysql\/transactions-mvcc-locks#/, '这个词只在一页里出现');
  await page.locator('article [data-hit] mark').first().waitFor();
  await page.waitForTimeout(500);
  for (let i = 0; i < n; i++) assert.ok((await items.nth(i).locator('[data-hit]').count()) <= 2, '每道题最多两段命中');
  const link = page.locator('article a[href^="/docs/mysql/transactions-mvcc-locks"][href*="#"]').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await page.waitForURL((u) => u.hash.length > 1);
  const heading = page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`);
  await page.locator('article mark.search-highlight').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300);
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < (await page.evaluate(() => window.innerHeight)) * 0.3, `问题标题应在视口顶部，实际 top=${top}`);
  await page.context().close();
});

test('390 px 宽的手机、深色模式：下拉框在视口内，查看全部结果打开搜索页', async () => {
  const page = await open('/', { colorScheme: 'dark', viewport: { width: 390, height: 844 } });
  await typeInNavbar(page, '令牌桶');
  const box = (await page.locator('[role="listbox"]').boundingBox())!;
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `下拉框超出视口：${JSON.stringify(box)}`);
  const bg = await page.locator('[role="listbox"]').evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor);
  assert.notEqual(bg, 'rgb(255, 255, 255)', '深色模式下下拉框不应是白底');
  await page.getByRole('link', { name: '查看全部结果' }).click();
  await page.waitForURL(/\/search\?q=/);
  await page.locator('article a[href^="/docs/system-design/rate-limit-scaling-ha"][href*="#"]').first().waitFor({ timeout: 15_000 });
  await page.context().close();
});

test('访问过的页面没有请求 127.0.0.1 以外的主机，也没有控制台错误', () => {
  assertCleanVisits(site.visited, 4);
});
