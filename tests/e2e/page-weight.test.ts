// 为手机上的速度做的改动，各自的行为：代码块在构建时高亮（浏览器里没有 Prism）、分类首页的题目清单在 HTML 里、
// 手机菜单第一次打开时才渲染（加载时不预取菜单里的页面）、代码块的复制按钮复制原文、
// 长页面屏幕外的题跳过排版（content-visibility），要落到锚点时整页排版。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleTitleAfterNavigation, watchedPage, type Watched } from '../helpers/browser';
import { assertCleanVisits, BUILD_DIR, useSite } from '../helpers/site';
import { CATEGORIES } from '../../src/data/categories';

const site = useSite();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const CODE_PAGE = '/docs/mysql/transactions-mvcc-locks';

async function open(path: string, options: Parameters<typeof site.browser.newContext>[0] = {}): Promise<Watched> {
  const context = await site.browser.newContext(options);
  const w = await watchedPage(context);
  site.visited.push(w);
  const res = await w.page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  assert.equal(res?.status(), 200, `${path} 应返回 200`);
  return w;
}

test('没有哪个 JS 块带着 Prism 的语法定义（代码在构建时高亮）', () => {
  const dir = join(BUILD_DIR, 'assets', 'js');
  const withPrism = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => /languages\.insertBefore\(|Prism\.languages\./.test(readFileSync(join(dir, f), 'utf8')));
  assert.deepEqual(withPrism, []);
});

test('代码块：服务端渲染的 HTML 里已有记号，颜色随颜色模式变，复制按钮复制的是原文', async () => {
  const html = readFileSync(join(BUILD_DIR, 'docs', 'mysql', 'transactions-mvcc-locks.html'), 'utf8');
  assert.match(html, /<pre[^>]*class="prism-code language-sql[^"]*"[^>]*><code[^>]*><span class="token keyword">/, 'HTML 里的 SQL 代码块没有高亮');
  const colors: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page } = await open(CODE_PAGE, { colorScheme });
    const block = page.locator('article .theme-code-block').first();
    const keyword = block.locator('.token.keyword').first();
    colors.push(await keyword.evaluate((el) => getComputedStyle(el).color + ' on ' + getComputedStyle(el.closest('pre')!).backgroundColor));
    assert.equal(await block.locator('[style*="color"]').count(), 0, '记号不应带行内颜色');
    await page.context().close();
  }
  assert.notEqual(colors[0], colors[1], `浅色、深色的配色应不同：${colors.join(' / ')}`);

  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const w = await watchedPage(context);
  site.visited.push(w);
  await w.page.goto(site.server.url + CODE_PAGE, { waitUntil: 'networkidle' });
  const block = w.page.locator('article .theme-code-block').first();
  const shown = await block.locator('pre code').innerText();
  await block.hover();
  await block.locator('button[aria-label*="复制"], button[title*="复制"]').first().click();
  const copied = await w.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied.trimEnd(), shown.trimEnd());
  assert.match(copied, /SELECT/);
  await context.close();
});

test('手机上：放不下的代码块有“换行”按钮，按下后代码折行、不再横向滚动', async () => {
  const { page } = await open(CODE_PAGE, PHONE);
  const block = page.locator('article .theme-code-block').first();
  await block.scrollIntoViewIfNeeded();
  const pre = block.locator('pre');
  assert.ok(await pre.evaluate((el) => el.scrollWidth > el.clientWidth), '这个代码块在 390 px 上本应放不下');
  const wrap = block.locator('button[aria-label="切换自动换行"], button[title="切换自动换行"]');
  await wrap.waitFor({ state: 'attached' });
  await block.hover();
  await wrap.click();
  assert.equal(await pre.locator('code').evaluate((el) => getComputedStyle(el).whiteSpace), 'pre-wrap');
  assert.ok(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), '换行后仍能横向滚动');
  await page.context().close();
});

test('长页面：屏幕外的题跳过排版；带 #锚点 打开或点页内锚点时整页排版，标题落在视口顶部', async () => {
  const path = '/docs/go-concurrency/csp-goroutine-channel';
  const skipped = (page: import('playwright-core').Page) =>
    page.evaluate(() => [...document.querySelectorAll('[data-question]')].filter((s) => !s.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })).length);
  const fullLayout = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.hasAttribute('data-full-layout'));

  const { page } = await open(path, PHONE);
  assert.equal(await fullLayout(page), false);
  assert.ok((await skipped(page)) >= 3, '屏幕外的题应跳过排版');
  // 页内锚点（目录里的链接）：点下之前整页排版，落点准确。
  const last = (await page.locator('[data-question] > h2[id]').evaluateAll((hs) => hs.map((h) => h.id))).at(-1)!;
  await page.evaluate((id) => {
    const a = document.createElement('a');
    a.href = `#${id}`;
    a.textContent = 'jump';
    document.querySelector('article')!.prepend(a);
    a.click();
  }, last);
  assert.equal(await fullLayout(page), true);
  await page.waitForFunction((id) => Math.abs(document.getElementById(id)!.getBoundingClientRect().top - parseFloat(getComputedStyle(document.getElementById(id)!).scrollMarginTop)) < 40, last, { timeout: 5000 });
  await page.context().close();

  const anchored = await open(`${path}#${last}`, PHONE);
  assert.equal(await fullLayout(anchored.page), true, '带锚点的整页加载应整页排版');
  assert.equal(await skipped(anchored.page), 0);
  await anchored.page.context().close();
});

test('分类首页的题目清单在服务端渲染的 HTML 里（首屏之后页面不再变长）', () => {
  for (const c of CATEGORIES) {
    const html = readFileSync(join(BUILD_DIR, 'docs', `${c.id}.html`), 'utf8');
    const section = new RegExp(`<section[^>]*data-category-questions=${c.id}[ >]`);
    assert.match(html, section, `${c.id} 的题目清单不在 HTML 里`);
    const count = /本类全部问题（<!-- -->(\d+)<!-- --> 道）/.exec(html)?.[1];
    assert.ok(Number(count) > 0, `${c.id} 的清单没有题目`);
  }
});

test('手机上：菜单第一次打开时才渲染，加载时不预取菜单里的页面；打开后列出每个分类，点进去到那一页', async () => {
  const { page } = await open(CODE_PAGE, PHONE);
  await page.waitForTimeout(1500); // 空闲时的预取做完
  assert.equal(await page.locator('.navbar-sidebar .menu__link').count(), 0, '菜单还没打开就渲染了');
  const prefetched = await page.locator('link[rel=prefetch]').count();
  // 视口里的站内链接只有几条（面包屑、正文开头的链接），每条几个块；菜单里的十几个分类不在其中。
  assert.ok(prefetched < 80, `加载时预取了 ${prefetched} 个文件`);
  await page.locator('button.navbar__toggle').click();
  const drawer = page.locator('.navbar-sidebar');
  await drawer.locator('.menu__link').first().waitFor();
  await page.locator('.navbar-sidebar button.navbar-sidebar__back').click().catch(() => undefined); // 文档页先显示本页目录，退回主菜单
  for (const c of CATEGORIES.slice(0, 4)) {
    assert.ok((await drawer.locator(`a.menu__link[href="/docs/${c.id}"]`).count()) >= 1, `菜单里没有 ${c.label}`);
  }
  await drawer.locator(`a.menu__link[href="/docs/${CATEGORIES[0]!.id}"]`).first().click();
  await page.waitForURL(`**/docs/${CATEGORIES[0]!.id}`);
  assert.equal(await articleTitleAfterNavigation(page, CATEGORIES[0]!.label), CATEGORIES[0]!.label);
  await page.context().close();
});

test('访问过的页面没有请求 127.0.0.1 以外的主机，也没有控制台错误', () => {
  assertCleanVisits(site.visited, 7);
});
