// 沙箱的端到端测试：运行得到预期输出、改代码再运行、死循环被终止且页面不卡、
// 沙箱读不到站点的 localStorage / cookie / DOM、没有请求离开 127.0.0.1。
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage, type Watched } from '../helpers/browser';
import { assertCleanVisits, docPath, useSite } from '../helpers/site';
import { loadPages } from '../../scripts/lib/pages';
import { EXAMPLES_DIR, loadExample, compareOutput } from '../../scripts/lib/examples';


/** 第一个嵌入了示例的页面，以及它嵌入的第一个示例。 */
function firstPlaygroundPage(): { path: string; exampleId: string } {
  for (const p of loadPages()) {
    const m = /import\s+\w+\s+from\s+'@site\/examples\/([^']+)\/example\.json'/.exec(p.body);
    if (m && p.body.includes('<Playground')) return { path: '/docs/' + p.file.replace(/\.mdx?$/, ''), exampleId: m[1]! };
  }
  throw new Error('没有页面嵌入 <Playground>');
}

const site = useSite();

async function openPlayground(): Promise<{ w: Watched; page: Page; exampleId: string }> {
  const { path, exampleId } = firstPlaygroundPage();
  const context = await site.browser.newContext();
  const w = await watchedPage(context);
  site.visited.push(w);
  await w.page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  await w.page.evaluate(() => {
    localStorage.setItem('secret', 's3cret-token');
    document.cookie = 'session=s3cret-cookie; path=/';
  });
  return { w, page: w.page, exampleId };
}

const playground = (page: Page, id: string) => page.locator(`figure[data-example="${id}"]`);

async function runAndWait(page: Page, id: string, timeout = 15_000): Promise<{ text: string; status: string }> {
  const pg = playground(page, id);
  const out = pg.locator('[data-testid="playground-output"]');
  // 等的是“这一次”运行结束：data-run 记着第几次运行，上一次的 done 不算。
  const previousRun = Number((await out.getAttribute('data-run')) ?? 0);
  await pg.getByRole('button', { name: /运行/ }).click();
  await page.waitForFunction(
    ([el, prev]) => el?.getAttribute('data-state') === 'done' && Number(el.getAttribute('data-run')) > (prev as number),
    [await out.elementHandle(), previousRun] as const,
    { timeout },
  );
  return { text: (await out.textContent()) ?? '', status: (await pg.locator('[role="status"]').textContent()) ?? '' };
}

async function replaceCode(page: Page, id: string, code: string): Promise<void> {
  const editor = playground(page, id).locator('.cm-content').first();
  await editor.waitFor({ timeout: 15_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

test('按运行得到示例的预期输出；编辑后得到新输出', async () => {
  const { page, exampleId } = await openPlayground();
  const ex = loadExample(join(EXAMPLES_DIR, exampleId));
  await playground(page, exampleId).scrollIntoViewIfNeeded();
  const first = await runAndWait(page, exampleId);
  assert.equal(compareOutput(ex.expected, first.text.replace(ex.meta.stderr ? new RegExp(`${ex.meta.stderr}[\\s\\S]*$`) : /$^/, ''), ex.meta.anyOrder), null);
  assert.match(first.status, /用时 \d+ ms/);
  await replaceCode(page, exampleId, "const n: number = 6 * 7;\nconsole.log('edited', n);\n");
  const second = await runAndWait(page, exampleId);
  assert.equal(second.text, 'edited 42\n');
  assert.match(second.status, /运行结束.*退出码 0/);
  await page.context().close();
});

test('错误给出行号；死循环被终止，页面保持响应，下一次运行正常', async () => {
  const { page, exampleId } = await openPlayground();
  await playground(page, exampleId).scrollIntoViewIfNeeded();
  await replaceCode(page, exampleId, "console.log('ok');\nconst broken = ;\n");
  const syntax = await runAndWait(page, exampleId);
  assert.match(syntax.text, /main\.ts:2:\d+ SyntaxError/);
  assert.match(syntax.status, /语法错误/);

  await replaceCode(page, exampleId, "console.log('before loop');\nwhile (true) {}\n");
  const t0 = Date.now();
  const looped = await runAndWait(page, exampleId, 20_000);
  assert.match(looped.status, /已终止/);
  assert.ok(looped.text.includes('before loop'));
  // 死循环期间主线程没有被卡住：页面脚本立刻有响应。
  const clicks = await page.evaluate(() => new Promise<number>((r) => setTimeout(() => r(1), 10)));
  assert.equal(clicks, 1);
  assert.ok(Date.now() - t0 < 15_000);

  await replaceCode(page, exampleId, "console.log('after', 1 + 1);\n");
  const again = await runAndWait(page, exampleId);
  assert.equal(again.text, 'after 2\n');
  await page.context().close();
});

test('沙箱读不到站点的 localStorage、cookie 和 DOM，运行在不透明 origin 里', async () => {
  const { page, exampleId } = await openPlayground();
  await playground(page, exampleId).scrollIntoViewIfNeeded();
  const probe = `
const g = globalThis as Record<string, any>;
const out: string[] = [];
out.push('origin:' + g.origin);
try { out.push('ls:' + String(g.localStorage?.getItem('secret'))); } catch (e) { out.push('ls:blocked'); }
try { out.push('cookie:' + String(g.document?.cookie)); } catch (e) { out.push('cookie:blocked'); }
try { out.push('parent:' + String(g.parent?.document?.title)); } catch (e) { out.push('parent:blocked'); }
try { out.push('idb:' + typeof (await new Promise((res, rej) => { const r = g.indexedDB.open('x'); r.onsuccess = res; r.onerror = rej; }))); } catch (e) { out.push('idb:blocked'); }
try { await g.fetch('/'); out.push('fetch:sent'); } catch (e) { out.push('fetch:' + (e as Error).message); }
console.log(out.join(' '));
`;
  await replaceCode(page, exampleId, probe);
  const r = await runAndWait(page, exampleId);
  assert.ok(!r.text.includes('s3cret'), `沙箱读到了站点数据：${r.text}`);
  assert.match(r.text, /origin:null/);
  assert.match(r.text, /ls:(undefined|blocked)/);
  assert.match(r.text, /cookie:(undefined|blocked)/);
  assert.match(r.text, /parent:(undefined|blocked)/);
  assert.match(r.text, /idb:blocked/);
  assert.match(r.text, /fetch:沙箱里没有网络：fetch 不可用/);
  const sandboxAttr = await page.locator('iframe.sandbox-frame').getAttribute('sandbox');
  assert.equal(sandboxAttr, 'allow-scripts');
  await page.context().close();
});

test('沙箱页面没有请求 127.0.0.1 以外的主机，也没有控制台错误', () => {
  assertCleanVisits(site.visited, 3);
});

test('改过的代码先做严格类型检查：错误标在编辑器里、列在输出里；可以选择有类型错误时不运行；没改过的示例不下载编译器', async () => {
  const { page, exampleId } = await openPlayground();
  const typecheckRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/runner/typecheck.js')) typecheckRequests.push(r.url());
  });
  await playground(page, exampleId).scrollIntoViewIfNeeded();
  await runAndWait(page, exampleId);
  assert.deepEqual(typecheckRequests, [], '没改过的示例不该下载类型检查器');

  await replaceCode(page, exampleId, "const n: number = 'six';\nconsole.log('ran', n);\n");
  await playground(page, exampleId).locator('.cm-lint-marker-error').first().waitFor({ timeout: 30_000 });
  const r = await runAndWait(page, exampleId, 30_000);
  assert.match(r.text, /^main\.ts:1:7 - error TS2322: Type 'string' is not assignable to type 'number'\.\n/);
  assert.match(r.text, /ran six/);
  assert.match(r.status, /运行结束/);
  assert.equal(typecheckRequests.length, 1);

  await playground(page, exampleId).getByLabel('类型错误时不运行').check();
  const blocked = await runAndWait(page, exampleId, 30_000);
  assert.match(blocked.text, /error TS2322/);
  assert.doesNotMatch(blocked.text, /ran six/);
  assert.match(blocked.status, /类型错误/);
  await page.context().close();
});
