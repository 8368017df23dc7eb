// 站点的端到端测试：首页与各分类页渲染、Mermaid 图的明暗两份 SVG、中文搜索、无外部请求、无控制台错误、可访问性。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchedPage, type Watched } from '../helpers/browser';
import { assertCleanVisits, docPath, useSite } from '../helpers/site';
import { seriousAxeViolations } from '../helpers/axe';
import { CATEGORIES } from '../../src/data/categories';
import { loadPages } from '../../scripts/lib/pages';
import { mermaidBlocks } from '../../scripts/lib/page-checks';

const site = useSite();

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Watched> {
  const context = await site.browser.newContext({ colorScheme });
  const w = await watchedPage(context);
  site.visited.push(w);
  const res = await w.page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  assert.equal(res?.status(), 200, `${path} 应返回 200`);
  return w;
}

test('首页介绍手册并链接每个分类', async () => {
  const { page } = await open('/');
  assert.equal((await page.locator('h1').first().textContent())?.trim(), '后端面试手册');
  for (const c of CATEGORIES) {
    assert.equal(await page.locator(`main a[href="/docs/${c.id}"]`).count(), 1, `首页缺少分类 ${c.label}`);
  }
  await page.context().close();
});

test('每个分类首页和该分类的一个内容页都能渲染', async () => {
  const pages = loadPages();
  for (const c of CATEGORIES) {
    const { page } = await open(`/docs/${c.id}`);
    assert.equal((await page.locator('article h1').first().textContent())?.trim(), c.label);
    const content = pages.find((p) => p.category === c.id && !p.isIndex);
    assert.ok(content, `分类 ${c.id} 没有内容页`);
    assert.ok((await page.locator(`article a[href="${docPath(content.file)}"]`).count()) >= 1, `${c.id} 首页没有链接 ${content.file}`);
    await page.goto(site.server.url + docPath(content.file), { waitUntil: 'networkidle' });
    assert.equal((await page.locator('article h1').first().textContent())?.trim(), content.frontMatter.title);
    const firstQuestion = content.headings.find((h) => h.depth === 2)!;
    assert.equal(await page.locator(`article h2[id="${firstQuestion.id}"]`).count(), 1, `${content.file} 缺少锚点 #${firstQuestion.id}`);
    assert.ok((await page.locator('.pagination-nav__link').count()) >= 1, '缺少上一页/下一页');
    await page.context().close();
  }
});

test('Mermaid 图是构建时渲染的静态 SVG：浅色、深色各一份，按颜色模式只显示一份，配色不同', async () => {
  const withDiagram = loadPages().find((p) => mermaidBlocks(p.body).length > 0);
  assert.ok(withDiagram, '没有带 Mermaid 图的页面');
  const shown = async (scheme: 'light' | 'dark') => {
    const { page } = await open(docPath(withDiagram.file), scheme);
    assert.equal(await page.locator('html').getAttribute('data-theme'), scheme);
    const svg = page.locator(`figure.mermaid-diagram .mermaid-diagram__svg--${scheme} > svg`).first();
    assert.ok(await svg.isVisible(), `${scheme} 模式下应显示 ${scheme} 那份 SVG`);
    const other = scheme === 'light' ? 'dark' : 'light';
    assert.equal(await page.locator(`figure.mermaid-diagram .mermaid-diagram__svg--${other} > svg`).first().isVisible(), false);
    const html = await svg.evaluate((el) => el.outerHTML);
    await page.context().close();
    return html.replace(/mmd-[0-9a-f]+/g, '');
  };
  assert.notEqual(await shown('light'), await shown('dark'), '深色主题下的图应使用不同的配色');
});

for (const [query, expectedPage] of [
  ['幻读', '/docs/mysql/transactions-mvcc-locks'],
  ['调度器', '/docs/go-runtime/scheduler-gmp'],
  ['令牌桶', '/docs/system-design/rate-limit-scaling-ha'],
] as const) {
  test(`搜索“${query}”找到讨论它的小节`, async () => {
    // 导航栏搜索框：下拉建议里出现高亮的命中。
    const { page } = await open('/');
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.fill(query);
    const option = page.locator('[role="option"]').filter({ has: page.locator('mark') }).first();
    await option.waitFor({ timeout: 15_000 });
    assert.ok((await option.locator('mark').first().textContent())?.includes(query));
    // 搜索结果页：结果链接指向讨论它的小节（带锚点），不只是页面标题。
    await page.goto(`${site.server.url}/search?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    const links = page.locator(`a[href^="${expectedPage}"][href*="#"]`);
    await links.first().waitFor({ timeout: 15_000 });
    const href = (await links.first().getAttribute('href'))!;
    await page.goto(site.server.url + href, { waitUntil: 'networkidle' });
    const anchor = decodeURIComponent(href.split('#')[1]!);
    assert.equal(await page.locator(`[id="${anchor}"]`).count(), 1, `${href} 的锚点不存在`);
    const text = await page.locator('article').textContent();
    assert.ok(text?.includes(query), `${href} 页面正文里没有“${query}”`);
    await page.context().close();
  });
}

test('每一页都能渲染：标题正确，图的数量与源码一致（逐张的检查见 diagrams.test.ts）', async () => {
  const pages = loadPages();
  const context = await site.browser.newContext();
  const w = await watchedPage(context);
  site.visited.push(w);
  for (const p of pages) {
    const res = await w.page.goto(site.server.url + docPath(p.file), { waitUntil: 'networkidle' });
    assert.equal(res?.status(), 200, p.file);
    assert.equal((await w.page.locator('article h1').first().textContent())?.trim(), p.frontMatter.title, p.file);
    assert.equal(await w.page.locator('figure.mermaid-diagram').count(), mermaidBlocks(p.body).length, `${p.file} 的 Mermaid 图数量`);
    assert.equal(await w.page.locator('pre.language-mermaid, code.language-mermaid').count(), 0, `${p.file} 有没被替换成 SVG 的 mermaid 代码块`);
  }
  await context.close();
});

test('axe-core：首页和一个内容页没有严重或致命的可访问性问题', async () => {
  const content = loadPages().find((p) => !p.isIndex)!;
  for (const path of ['/', docPath(content.file)]) {
    const { page } = await open(path);
    assert.deepEqual(await seriousAxeViolations(page), [], `${path} 的可访问性问题`);
    await page.context().close();
  }
});

test('访问过的页面没有请求 127.0.0.1 以外的主机，也没有控制台错误', () => {
  assertCleanVisits(site.visited, 10);
});
