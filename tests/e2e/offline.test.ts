// 离线阅读的端到端测试：第一次普通访问只缓存应用外壳和打开过的页面（压缩后不到 600 KB）；
// 点“离线下载整本手册”后，断网换页（站内跳转和整页刷新）、中文搜索、运行沙箱都照常工作，刷新后仍记得已下载，
// “删除离线副本”清空手册缓存；有新版本时出现“有新版本，刷新以更新”的提示。全程没有请求离开 127.0.0.1，没有控制台错误。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { articleTitleAfterNavigation, watchedPage } from '../helpers/browser';
import { BUILD_DIR, assertCleanVisits, docPath, useSite } from '../helpers/site';
import { loadPages } from '../../scripts/lib/pages';
import { EXAMPLES_DIR, compareOutput, loadExample } from '../../scripts/lib/examples';
import { listOfflineFiles } from '../../scripts/lib/offline-files';
import type { OfflineFiles } from '../../src/pwa/offline-files';

const site = useSite();
const HANDBOOK_CACHE = 'handbook-offline';
const FIRST_VISIT_LIMIT = 600 * 1024;
/** 搜索索引（src/search/format.ts）：meta.json、倒排索引分片、每道题的正文。 */
const SEARCH_INDEX_FILE = /^search-index\/(meta|shard-\d+\.[0-9a-f]{8}|text\/\d+\.[0-9a-f]{8})\.json$/;

/** 第一个嵌入了示例的页面，以及它嵌入的第一个示例。 */
function firstPlaygroundPage(): { path: string; exampleId: string } {
  for (const p of loadPages()) {
    const m = /import\s+\w+\s+from\s+'@site\/examples\/([^']+)\/example\.json'/.exec(p.body);
    if (m && p.body.includes('<Playground')) return { path: docPath(p.file), exampleId: m[1]! };
  }
  throw new Error('没有页面嵌入 <Playground>');
}

function buildFiles(dir = BUILD_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? buildFiles(p) : [relative(BUILD_DIR, p).split('\\').join('/')];
  });
}

function builtOfflineFiles(): OfflineFiles {
  return JSON.parse(readFileSync(join(BUILD_DIR, 'offline-files.json'), 'utf8')) as OfflineFiles;
}

/** 等 service worker 激活并接管当前页面（激活意味着应用外壳已经预缓存好）。 */
async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** Cache Storage 里的全部 URL 路径（去掉查询参数），按缓存名分组。 */
async function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((req) => new URL(req.url).pathname);
    }
    return out;
  });
}

/** Cache Storage 里全部响应体 gzip 之后的总字节数（在浏览器里用 CompressionStream 压缩）。 */
async function cachedGzipBytes(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let total = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        const gz = new Response((await res!.blob()).stream().pipeThrough(new CompressionStream('gzip')));
        total += (await gz.arrayBuffer()).byteLength;
      }
    }
    return total;
  });
}

async function waitUntilCached(page: Page, path: string): Promise<void> {
  await page.waitForFunction(
    async (p) => Boolean(await caches.match(new URL(p, location.origin).href, { cacheName: 'handbook-offline' })),
    path,
    { polling: 200, timeout: 30_000 },
  );
}

/** 等这一页加载过的每个同源脚本都进了缓存（第一次访问时它们由 offline-boot 交给 service worker 逐个补存）。 */
async function waitUntilScriptsCached(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const scripts = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => new URL(u).origin === location.origin && /\/assets\/js\/[^/]+\.js$/.test(new URL(u).pathname));
      const missing = await Promise.all(scripts.map(async (u) => !(await caches.match(u, { ignoreSearch: true }))));
      return scripts.length > 0 && !missing.includes(true);
    },
    undefined,
    { polling: 250, timeout: 30_000 },
  );
}

/** 打开导航栏的“离线阅读”面板，返回面板。 */
async function openOfflinePanel(page: Page) {
  const toggle = page.locator('.navbar').getByRole('button', { name: '离线阅读' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const panel = page.locator('.navbar').getByTestId('offline-copy');
  await panel.waitFor();
  return panel;
}

async function isOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  // 确认真的断网了：服务器上不存在的地址，在线时是 404 页；只有网络不通时 service worker 才给离线兜底页。
  // 在另一个不受监视的标签页里探测，免得它的请求混进被检查的记录。
  const probePage = await context.newPage();
  await probePage.goto(`${site.server.url}/not-cached-${Date.now()}`);
  assert.equal((await probePage.locator('h1').first().textContent())?.trim(), '这一页还没有离线保存', '断网后仍能从服务器取到页面');
  await probePage.close();
}

test('整本下载的清单取自构建产物：不含应用外壳、service worker 和按需加载的类型检查器', async () => {
  const built = builtOfflineFiles();
  assert.deepEqual(built, await listOfflineFiles(BUILD_DIR, '/'));
  const urls = new Set(built.files.map((f) => f.url));
  for (const p of loadPages()) assert.ok(urls.has(docPath(p.file)), `清单缺少页面 ${docPath(p.file)}`);
  assert.ok(urls.has('/') && urls.has('/search') && urls.has('/runner/frame.js'));
  const searchIndexes = buildFiles().filter((f) => SEARCH_INDEX_FILE.test(f));
  assert.ok(searchIndexes.includes('search-index/meta.json') && searchIndexes.some((f) => /\/shard-/.test(f)), '构建产物里没有搜索索引');
  for (const f of searchIndexes) assert.ok(urls.has('/' + f), `清单缺少搜索索引 ${f}`);
  for (const u of urls) assert.doesNotMatch(u, /(^|\/)(sw\.js|[^/]*\.sw\.js|typecheck\.js|offline-files\.json)$/);
  assert.ok(!urls.has('/offline') && ![...urls].some((u) => /\/main\.[0-9a-f]+\.js$/.test(u)), '应用外壳不应重复下载');
  assert.equal(built.totalBytes, built.files.reduce((n, f) => n + f.bytes, 0));
});

test('第一次普通访问只缓存应用外壳和打开过的页面（压缩后不到 600 KB），离线时没打开过的页面给出说明', async () => {
  const context = await site.browser.newContext();
  const w = await watchedPage(context);
  const { page } = w;
  await page.goto(site.server.url + '/', { waitUntil: 'load' });
  await waitForServiceWorkerControl(page);
  await waitUntilCached(page, '/');

  // 站内跳转打开的页面连同它的 HTML 也缓存下来。
  const pages = loadPages();
  const mysql = pages.find((p) => p.category === 'mysql' && p.isIndex)!;
  await page.locator(`main a[href="${docPath(mysql.file)}"]`).first().click();
  await page.locator('article h1').first().waitFor();
  await waitUntilCached(page, docPath(mysql.file));

  const cached = await cachedPaths(page);
  const all = Object.values(cached).flat();
  const precached = Object.entries(cached).filter(([name]) => name.includes('precache')).flatMap(([, paths]) => paths);
  assert.ok(precached.some((p) => /\/main\.[0-9a-f]+\.js$/.test(p)), '应用外壳（主包）应在预缓存里');
  assert.ok(precached.includes('/offline'), '离线兜底页应在预缓存里');
  assert.ok(!precached.some((p) => p.startsWith('/docs/') || p.startsWith('/search') || p.startsWith('/runner/')), `预缓存里不应有页面、搜索索引或沙箱：${precached.join(', ')}`);
  const docsCached = all.filter((p) => p.startsWith('/docs/'));
  assert.deepEqual(docsCached, [docPath(mysql.file)], '只应缓存打开过的文档页');
  const bytes = await cachedGzipBytes(page);
  console.log(`first visit: ${all.length} cached files, ${(bytes / 1024).toFixed(0)} KB gzip; full download ${(builtOfflineFiles().totalBytes / 1024 / 1024).toFixed(2)} MB`);
  assert.ok(bytes < FIRST_VISIT_LIMIT, `第一次访问缓存了 ${bytes} 字节（gzip），超过 ${FIRST_VISIT_LIMIT}`);
  assert.ok(builtOfflineFiles().totalBytes > FIRST_VISIT_LIMIT, '整本下载应比第一次访问缓存的多');

  await isOffline(context);
  // 打开过的页面整页刷新也能读。
  const res = await page.reload({ waitUntil: 'load' });
  assert.ok(res?.fromServiceWorker());
  assert.equal((await page.locator('article h1').first().textContent())?.trim(), mysql.frontMatter.title ?? 'MySQL');
  // 没打开过的页面：离线兜底页。
  const other = pages.find((p) => !p.isIndex && p.category !== 'mysql')!;
  await page.goto(site.server.url + docPath(other.file), { waitUntil: 'load' });
  assert.equal((await page.locator('h1').textContent())?.trim(), '这一页还没有离线保存');
  assert.deepEqual(w.foreignRequests, []);
  await context.close();
});

test('点“离线下载整本手册”后离线：换页、整页刷新、中文搜索和运行沙箱都正常，刷新后仍记得；删除后手册缓存清空', async () => {
  const context = await site.browser.newContext();
  const w = await watchedPage(context);
  site.visited.push(w);
  const { page } = w;
  await page.goto(site.server.url + '/', { waitUntil: 'load' });
  await waitForServiceWorkerControl(page);

  // 记下下载过程中出现过的进度条（下载可能很快结束，MutationObserver 不会漏掉）。
  await page.evaluate(() => {
    const w = window as unknown as { sawProgressbar: boolean };
    w.sawProgressbar = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="offline-copy"] [role="progressbar"][aria-valuenow]')) w.sawProgressbar = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const panel = await openOfflinePanel(page);
  const expectedMb = (builtOfflineFiles().totalBytes / 1024 / 1024).toFixed(1);
  const download = panel.getByRole('button', { name: `离线下载整本手册（约 ${expectedMb} MB）` });
  await download.waitFor({ timeout: 15_000 });
  // 键盘操作：聚焦后按回车。
  await download.press('Enter');
  await panel.getByRole('status').filter({ hasText: '已可离线阅读' }).waitFor({ timeout: 240_000 });
  assert.ok(await page.evaluate(() => (window as unknown as { sawProgressbar: boolean }).sawProgressbar), '下载时应显示进度条');

  // 缓存覆盖构建产物里的每个页面、JS/CSS、搜索索引和沙箱脚本，但没有按需加载的类型检查器。
  const cached = new Set(Object.values(await cachedPaths(page)).flat());
  const pages = loadPages();
  for (const p of pages) assert.ok(cached.has(docPath(p.file)), `缓存缺少页面 ${docPath(p.file)}`);
  const neverDownloaded = /^(sw\.js|[^/]*\.sw\.js|runner\/typecheck\.js)$/;
  for (const f of buildFiles().filter((f) => /\.(js|css)$/.test(f) && !neverDownloaded.test(f))) {
    assert.ok(cached.has('/' + f), `缓存缺少 ${f}`);
  }
  assert.ok(!cached.has('/runner/typecheck.js'), '类型检查器不应被下载');
  const searchIndexes = buildFiles().filter((f) => SEARCH_INDEX_FILE.test(f));
  assert.ok(searchIndexes.includes('search-index/meta.json') && searchIndexes.some((f) => /\/shard-/.test(f)), '构建产物里没有搜索索引');
  for (const f of searchIndexes) assert.ok(cached.has('/' + f), `缓存缺少搜索索引 ${f}`);
  assert.ok(cached.has('/runner/frame.js'), '缓存缺少沙箱脚本 /runner/frame.js');
  assert.ok(cached.has('/search'), '缓存缺少搜索结果页');

  // 刷新后仍记得已经下载。
  await page.reload({ waitUntil: 'load' });
  await (await openOfflinePanel(page)).getByRole('status').filter({ hasText: '已可离线阅读' }).waitFor();
  await page.keyboard.press('Escape');

  await isOffline(context);
  const servedByNetwork: string[] = [];
  page.on('response', (res) => {
    if (new URL(res.url()).origin === site.server.url && !res.fromServiceWorker()) servedByNetwork.push(res.url());
  });

  // 站内跳转（客户端路由，需要按需加载该页的 JS 块）。
  const mysql = pages.find((p) => p.category === 'mysql' && p.isIndex)!;
  await page.locator(`main a[href="${docPath(mysql.file)}"]`).first().click();
  await page.waitForURL(site.server.url + docPath(mysql.file));
  const mysqlTitle = mysql.frontMatter.title ?? 'MySQL';
  assert.equal(await articleTitleAfterNavigation(page, mysqlTitle), mysqlTitle);

  // 整页加载一个从没打开过的页面。
  const content = pages.find((p) => p.file === 'mysql/transactions-mvcc-locks.mdx') ?? pages.find((p) => !p.isIndex)!;
  const res = await page.goto(site.server.url + docPath(content.file), { waitUntil: 'load' });
  assert.equal(res?.status(), 200);
  assert.ok(res?.fromServiceWorker(), '离线时页面应由 service worker 提供');
  assert.equal((await page.locator('article h1').first().textContent())?.trim(), content.frontMatter.title);

  // 中文搜索：导航栏下拉建议和搜索结果页都要用到缓存的索引。
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.fill('幻读');
  const option = page.locator('[role="option"]').filter({ has: page.locator('mark') }).first();
  await option.waitFor({ timeout: 15_000 });
  assert.ok((await option.locator('mark').first().textContent())?.includes('幻读'));
  await page.goto(`${site.server.url}/search?q=${encodeURIComponent('幻读')}`, { waitUntil: 'load' });
  const hit = page.locator('article a[href^="/docs/mysql/"][href*="#"]').first();
  await hit.waitFor({ timeout: 15_000 });

  // 运行沙箱：沙箱脚本来自缓存，输出与示例的预期一致。
  const { path, exampleId } = firstPlaygroundPage();
  await page.goto(site.server.url + path, { waitUntil: 'load' });
  const pg = page.locator(`figure[data-example="${exampleId}"]`);
  await pg.scrollIntoViewIfNeeded();
  await pg.getByRole('button', { name: /运行/ }).click();
  const out = pg.locator('[data-testid="playground-output"][data-state="done"]');
  await out.waitFor({ timeout: 20_000 });
  const ex = loadExample(join(EXAMPLES_DIR, exampleId));
  const text = (await out.textContent()) ?? '';
  assert.equal(compareOutput(ex.expected, text.replace(ex.meta.stderr ? new RegExp(`${ex.meta.stderr}[\\s\\S]*$`) : /$^/, ''), ex.meta.anyOrder), null);

  assert.deepEqual(servedByNetwork, [], '离线后仍有请求绕过了 service worker');

  // 删除离线副本：手册缓存清空，面板回到下载按钮。
  const again = await openOfflinePanel(page);
  await again.getByRole('button', { name: '删除离线副本' }).click();
  await again.getByRole('button', { name: /^离线下载整本手册/ }).waitFor();
  const left = await page.evaluate(async (name) => ((await caches.has(name)) ? (await (await caches.open(name)).keys()).length : 0), HANDBOOK_CACHE);
  assert.equal(left, 0, '删除后手册缓存应为空');
  await context.close();
});

test('以应用方式安装（display-mode: standalone）打开时自动下载整本手册', async () => {
  const context = await site.browser.newContext();
  // chromium 没有以 standalone 方式打开普通标签页的开关：让这条媒体查询成立。
  await context.addInitScript(() => {
    const original = window.matchMedia.bind(window);
    window.matchMedia = (query: string) =>
      query.includes('display-mode: standalone') ? ({ ...original(query), matches: true, media: query } as MediaQueryList) : original(query);
  });
  const w = await watchedPage(context);
  site.visited.push(w);
  const { page } = w;
  await page.goto(site.server.url + '/', { waitUntil: 'load' });
  await waitForServiceWorkerControl(page);
  await (await openOfflinePanel(page)).getByRole('status').filter({ hasText: '已可离线阅读' }).waitFor({ timeout: 240_000 });
  const cached = new Set(Object.values(await cachedPaths(page)).flat());
  for (const f of builtOfflineFiles().files) assert.ok(cached.has(f.url), `自动下载缺少 ${f.url}`);
  await context.close();
});

/** 转发到站点的小服务器；newVersion() 之后 /sw.js 的内容变了，相当于部署了新版本。 */
async function startVersionedProxy(upstream: string): Promise<{ url: string; newVersion(): void; close(): Promise<void> }> {
  let version = 1;
  const proxy: Server = createServer((req, res) => {
    void (async () => {
      const r = await fetch(upstream + (req.url ?? '/'));
      let body = Buffer.from(await r.arrayBuffer());
      if (version > 1 && (req.url ?? '').split('?')[0] === '/sw.js') body = Buffer.concat([body, Buffer.from(`\n/* version ${version} */\n`)]);
      res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/octet-stream' });
      res.end(body);
    })();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const addr = proxy.address();
  return {
    url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
    newVersion: () => {
      version += 1;
    },
    close: () => {
      proxy.closeAllConnections();
      return new Promise((resolve) => proxy.close(() => resolve()));
    },
  };
}

test('部署新版本后提示“有新版本，刷新以更新”，点“刷新”换到新版本', async () => {
  const proxy = await startVersionedProxy(site.server.url);
  try {
    const context = await site.browser.newContext();
    const w = await watchedPage(context);
    site.visited.push(w);
    const { page } = w;
    await page.goto(proxy.url + '/', { waitUntil: 'load' });
    await waitForServiceWorkerControl(page);
    assert.equal(await page.getByTestId('pwa-reload-popup').count(), 0, '没有新版本时不应出现提示');

    proxy.newVersion();
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg!.update();
    });
    const popup = page.getByTestId('pwa-reload-popup');
    await popup.waitFor({ timeout: 20_000 });
    assert.equal((await popup.locator('p').textContent())?.trim(), '有新版本，刷新以更新');
    assert.equal(await popup.getByRole('button', { name: '关闭提示' }).count(), 1);
    const waitingBefore = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
    assert.ok(waitingBefore, '提示出现时应有一个等待中的新 service worker');

    // 键盘操作：聚焦“刷新”按回车，页面重新加载并由新版本接管。
    await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), popup.getByRole('button', { name: '刷新' }).press('Enter')]);
    await waitForServiceWorkerControl(page);
    const waitingAfter = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
    assert.equal(waitingAfter, false, '刷新后新 service worker 应已接管');
    assert.equal(await page.getByTestId('pwa-reload-popup').count(), 0);
    await context.close();
  } finally {
    await proxy.close();
  }
});

test('复习评分的排程程序在评分按钮出现时加载并缓存：之后断网、整页刷新，评分照常保存', async () => {
  const context = await site.browser.newContext();
  const w = await watchedPage(context);
  site.visited.push(w);
  const { page } = w;
  const content = loadPages().find((p) => !p.isIndex && p.category === 'mysql')!;
  await page.goto(site.server.url + docPath(content.file), { waitUntil: 'load' });
  await waitForServiceWorkerControl(page);
  const section = page.locator('[data-question]').first();
  await section.getByRole('group').getByRole('button', { name: '需复习' }).click();
  const grades = section.getByRole('group', { name: /复习评分/ });
  await grades.waitFor();
  await page.waitForLoadState('networkidle');
  await waitUntilCached(page, docPath(content.file));
  await waitUntilScriptsCached(page);

  await isOffline(context);
  await page.reload({ waitUntil: 'load' });
  await grades.getByRole('button', { name: '记得' }).click();
  await grades.getByText('下次复习：').waitFor({ timeout: 10_000 });
  assert.equal(await grades.getByRole('alert').count(), 0, '离线评分失败');
  await context.close();
});

test('访问过的页面没有请求 127.0.0.1 以外的主机，也没有控制台错误', () => {
  assertCleanVisits(site.visited, 1);
});
