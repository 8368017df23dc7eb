// 离线阅读的端到端测试：第一次普通访问后 service worker 接管页面并预缓存全站；
// 断网后换页（站内跳转和整页刷新）、中文搜索、运行沙箱都照常工作；
// 有新版本时出现“有新版本，刷新以更新”的提示。全程没有请求离开 127.0.0.1，没有控制台错误。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { BUILD_DIR, assertCleanVisits, docPath, useSite } from '../helpers/site';
import { loadPages } from '../../scripts/lib/pages';
import { EXAMPLES_DIR, compareOutput, loadExample } from '../../scripts/lib/examples';

const site = useSite();

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

/** 等 service worker 激活并接管当前页面（激活意味着预缓存已经装完）。 */
async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** 预缓存里的全部 URL 路径（去掉 workbox 的 revision 参数）。 */
async function precachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      for (const req of await cache.keys()) out.push(new URL(req.url).pathname);
    }
    return out;
  });
}

test('第一次普通访问后离线：换页、整页刷新、中文搜索和运行沙箱都正常', async () => {
  const context = await site.browser.newContext();
  const w = await watchedPage(context);
  site.visited.push(w);
  const { page } = w;
  await page.goto(site.server.url + '/', { waitUntil: 'load' });
  await waitForServiceWorkerControl(page);

  // 预缓存覆盖构建产物里的每个页面、JS/CSS、搜索索引和沙箱脚本。
  const cached = new Set(await precachedPaths(page));
  const pages = loadPages();
  for (const p of pages) assert.ok(cached.has(docPath(p.file)), `预缓存缺少页面 ${docPath(p.file)}`);
  // 类型检查器（runner/typecheck.js，约 1.2 MB）按设计不预缓存，见 src/pwa/precache-config.ts。
  for (const f of buildFiles().filter((f) => /\.(js|css)$/.test(f) && f !== 'sw.js' && f !== 'runner/typecheck.js')) {
    assert.ok(cached.has('/' + f), `预缓存缺少 ${f}`);
  }
  const searchIndexes = buildFiles().filter((f) => /^search-index.*\.json$/.test(f));
  assert.ok(searchIndexes.length >= 1, '构建产物里没有搜索索引');
  for (const f of searchIndexes) assert.ok(cached.has('/' + f), `预缓存缺少搜索索引 ${f}`);
  assert.ok(cached.has('/runner/frame.js'), '预缓存缺少沙箱脚本 /runner/frame.js');
  assert.ok(cached.has('/search'), '预缓存缺少搜索结果页');

  await context.setOffline(true);
  // 确认真的断网了：不在预缓存里的地址取不到。在另一个不受监视的标签页里探测，
  // 这样 chromium 为它记下的 net::ERR_INTERNET_DISCONNECTED 不会混进被检查的控制台错误。
  const probePage = await context.newPage();
  const probe = await probePage.goto(`${site.server.url}/not-cached-${Date.now()}.txt`).then((r) => `HTTP ${r?.status()}`, (e: Error) => e.message);
  assert.match(probe, /ERR_INTERNET_DISCONNECTED/, '断网后仍能从服务器取到文件');
  await probePage.close();
  const servedByNetwork: string[] = [];
  page.on('response', (res) => {
    if (new URL(res.url()).origin === site.server.url && !res.fromServiceWorker()) servedByNetwork.push(res.url());
  });

  // 站内跳转（客户端路由，需要按需加载该页的 JS 块）。
  const mysql = pages.find((p) => p.category === 'mysql' && p.isIndex)!;
  await page.locator(`main a[href="${docPath(mysql.file)}"]`).first().click();
  await page.waitForURL(site.server.url + docPath(mysql.file));
  await page.locator('article h1').first().waitFor();
  assert.equal((await page.locator('article h1').first().textContent())?.trim(), mysql.frontMatter.title ?? 'MySQL');

  // 整页加载一个从没打开过的页面。
  const content = pages.find((p) => p.file === 'mysql/transactions-mvcc-locks.mdx') ?? pages.find((p) => !p.isIndex)!;
  const res = await page.goto(site.server.url + docPath(content.file), { waitUntil: 'load' });
  assert.equal(res?.status(), 200);
  assert.ok(res?.fromServiceWorker(), '离线时页面应由 service worker 提供');
  assert.equal((await page.locator('article h1').first().textContent())?.trim(), content.frontMatter.title);

  // 中文搜索：导航栏下拉建议和搜索结果页都要用到预缓存的索引。
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.fill('幻读');
  const option = page.locator('[role="option"]').filter({ has: page.locator('mark') }).first();
  await option.waitFor({ timeout: 15_000 });
  assert.ok((await option.locator('mark').first().textContent())?.includes('幻读'));
  await page.goto(`${site.server.url}/search?q=${encodeURIComponent('幻读')}`, { waitUntil: 'load' });
  const hit = page.locator('article a[href^="/docs/mysql/"][href*="#"]').first();
  await hit.waitFor({ timeout: 15_000 });

  // 运行沙箱：沙箱脚本来自预缓存，输出与示例的预期一致。
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

test('访问过的页面没有请求 127.0.0.1 以外的主机，也没有控制台错误', () => {
  assertCleanVisits(site.visited, 1);
});
