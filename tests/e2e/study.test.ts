// 自测模式与学习进度的端到端测试：折叠与显示答案（含键盘操作、跨页记忆、锚点展开、打印展开）、
// 标记已掌握/需复习后分类首页和首页的进度、随机一题只挑未掌握的题、进度的导出与导入、
// 窄屏深色模式下的可访问性，以及没有外部请求和控制台错误。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { watchedPage, type Watched } from '../helpers/browser';
import { seriousAxeViolations } from '../helpers/axe';
import { assertCleanVisits, docPath, useSite } from '../helpers/site';
import { loadPages } from '../../scripts/lib/pages';
import { CATEGORIES } from '../../src/data/categories';

const site = useSite();

/** 从源文件独立算出的问题清单：构建出的进度必须和它一致。 */
interface SourceQuestion {
  key: string;
  path: string;
  id: string;
}

const pages = loadPages();
function questionsOf(category?: string): SourceQuestion[] {
  return pages
    .filter((p) => !p.isIndex && (!category || p.category === category))
    .flatMap((p) => {
      const docId = p.file.replace(/\.mdx?$/, '');
      return p.headings.filter((h) => h.depth === 2 && h.id).map((h) => ({ key: `${docId}#${h.id}`, path: `/docs/${docId}`, id: h.id! }));
    });
}

const CATEGORY = 'mysql';
const categoryQuestions = questionsOf(CATEGORY);
const allQuestions = questionsOf();
/** 第一个至少有两道题、且第一道题有追问的内容页。 */
const contentPage = pages.find((p) => !p.isIndex && p.category === CATEGORY && p.headings.filter((h) => h.depth === 2).length >= 2)!;
const contentPath = `/docs/${contentPage.file.replace(/\.mdx?$/, '')}`;
const otherPage = pages.find((p) => !p.isIndex && p.category !== CATEGORY)!;
const otherPath = `/docs/${otherPage.file.replace(/\.mdx?$/, '')}`;

async function newWatched(options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  const context = await site.browser.newContext({ acceptDownloads: true, ...options });
  const w = await watchedPage(context);
  site.visited.push(w);
  return w;
}

async function go(page: Page, path: string): Promise<void> {
  const res = await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  assert.equal(res?.status(), 200, `${path} 应返回 200`);
}

const sections = (page: Page) => page.locator('[data-question]');
const section = (page: Page, key: string) => page.locator(`[data-question="${key}"]`);
const selfTestSwitch = (page: Page) => page.getByRole('switch', { name: '自测模式' });
const revealButton = (s: Locator) => s.locator('button[aria-expanded]');
const markButton = (page: Page, key: string, label: '已掌握' | '需复习') => section(page, key).getByRole('group').getByRole('button', { name: label, exact: false });
const homeProgress = (page: Page) => page.locator('section[aria-labelledby="study-progress"]');
const categoryPanel = (page: Page, id: string) => page.locator(`[data-category-progress="${id}"]`);

async function setMarks(page: Page, marks: Record<string, string>): Promise<void> {
  await page.evaluate((m) => localStorage.setItem('handbook:progress', JSON.stringify({ version: 1, marks: m })), marks);
}

test('内容页的每道题都包成一节：标题、工具条、答案；问题数与源文件一致', async () => {
  const { page } = await newWatched();
  await go(page, contentPath);
  const expected = contentPage.headings.filter((h) => h.depth === 2 && h.id).map((h) => h.id!);
  const keys = await sections(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-question')));
  assert.deepEqual(keys, expected.map((id) => `${contentPath.slice('/docs/'.length)}#${id}`));
  // 标题仍是带锚点的普通 h2，目录也还在。
  const first = section(page, keys[0]!);
  assert.equal(await first.locator(`> h2[id="${expected[0]}"]`).count(), 1);
  assert.ok((await page.locator(`.table-of-contents a[href="#${expected[0]}"]`).count()) >= 1);
  await page.context().close();
});

test('自测模式：开关折叠速答和详解，显示答案逐题展开，键盘可操作，换页后仍然开启', async () => {
  const { page } = await newWatched();
  await go(page, contentPath);
  const firstKey = (await sections(page).first().getAttribute('data-question'))!;
  const secondKey = (await sections(page).nth(1).getAttribute('data-question'))!;
  const first = section(page, firstKey);
  const second = section(page, secondKey);
  const tipOf = (s: Locator) => s.locator('> .theme-admonition').first();
  const detailOf = (s: Locator) => s.locator('> h3').first();

  // 默认不折叠，也没有“显示答案”按钮。
  assert.equal(await selfTestSwitch(page).getAttribute('aria-checked'), 'false');
  assert.ok(await tipOf(first).isVisible());
  assert.equal(await revealButton(first).isVisible(), false);

  // 键盘：聚焦开关，按空格打开。
  await selfTestSwitch(page).focus();
  await page.keyboard.press('Space');
  assert.equal(await selfTestSwitch(page).getAttribute('aria-checked'), 'true');
  assert.equal(await page.locator('html').getAttribute('data-self-test'), 'on');
  for (const s of [first, second]) {
    assert.equal(await tipOf(s).isVisible(), false, '速答应折叠');
    assert.equal(await detailOf(s).isVisible(), false, '详解应折叠');
    assert.ok(await s.locator('> h2').isVisible(), '问题标题保持可见');
  }
  // 追问不属于答案，仍然可见。
  const followups = first.locator('h3', { hasText: '追问' });
  if ((await followups.count()) > 0) assert.ok(await followups.isVisible());
  // 页面上所有题的速答都折叠了。
  const visibleTips = await page.locator('[data-question] > .theme-admonition').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
  assert.equal(visibleTips, 0);

  // 键盘：回车展开第一题，只展开这一题。
  const reveal = revealButton(first);
  assert.equal(await reveal.getAttribute('aria-expanded'), 'false');
  assert.equal((await reveal.innerText()).trim(), '显示答案');
  await reveal.focus();
  await page.keyboard.press('Enter');
  assert.equal(await reveal.getAttribute('aria-expanded'), 'true');
  assert.equal((await reveal.innerText()).trim(), '隐藏答案');
  assert.ok(await tipOf(first).isVisible());
  assert.ok(await detailOf(first).isVisible());
  assert.equal(await tipOf(second).isVisible(), false);
  // 再按一次收起。
  await page.keyboard.press('Enter');
  assert.equal(await reveal.getAttribute('aria-expanded'), 'false');
  assert.equal(await tipOf(first).isVisible(), false);

  // 换到另一页（整页加载）：仍是自测模式，答案在首屏就是折叠的。
  await go(page, otherPath);
  assert.equal(await selfTestSwitch(page).getAttribute('aria-checked'), 'true');
  assert.equal(await page.locator('[data-question] > .theme-admonition').first().isVisible(), false);

  // 关掉：答案回来，并且记住关闭状态。
  await selfTestSwitch(page).click();
  assert.equal(await selfTestSwitch(page).getAttribute('aria-checked'), 'false');
  assert.ok(await page.locator('[data-question] > .theme-admonition').first().isVisible());
  await go(page, contentPath);
  assert.equal(await selfTestSwitch(page).getAttribute('aria-checked'), 'false');
  await page.context().close();
});

test('自测模式下，指向折叠详解的锚点会展开那一题；打印时答案全部展开', async () => {
  const { page } = await newWatched();
  await go(page, contentPath);
  await selfTestSwitch(page).click();
  const q = contentPage.headings.find((h, i) => h.depth === 3 && h.id && contentPage.headings.slice(0, i).some((p) => p.depth === 2))!;
  await go(page, '/');
  await go(page, `${contentPath}#${q.id}`);
  const target = page.locator(`[id="${q.id}"]`);
  await target.waitFor({ state: 'visible' });
  const owner = page.locator('[data-question]').filter({ has: target });
  assert.equal(await revealButton(owner).getAttribute('aria-expanded'), 'true');

  await go(page, contentPath);
  const tip = page.locator('[data-question] > .theme-admonition').first();
  assert.equal(await tip.isVisible(), false);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await tip.isVisible(), '打印时速答应展开');
  assert.equal(await page.locator('[data-question] button[aria-expanded]').first().isVisible(), false, '打印时不显示按钮');
  await page.emulateMedia({ media: 'screen' });
  await page.context().close();
});

test('标记已掌握和需复习：分类首页和首页的进度随之变化，取消标记后恢复', async () => {
  const { page } = await newWatched();
  const total = categoryQuestions.length;
  await go(page, `/docs/${CATEGORY}`);
  const panel = categoryPanel(page, CATEGORY);
  await assertText(panel, `已掌握 0 / ${total} 题`);

  await go(page, contentPath);
  const [k1, k2] = [categoryQuestions.find((q) => q.path === contentPath)!.key, categoryQuestions.filter((q) => q.path === contentPath)[1]!.key];
  await markButton(page, k1, '已掌握').click();
  await markButton(page, k2, '需复习').click();
  assert.equal(await markButton(page, k1, '已掌握').getAttribute('aria-pressed'), 'true');
  assert.equal(await markButton(page, k1, '需复习').getAttribute('aria-pressed'), 'false');
  assert.equal(await markButton(page, k2, '需复习').getAttribute('aria-pressed'), 'true');

  // 站内导航（不整页刷新）回到分类首页。
  await page.locator(`nav.theme-doc-breadcrumbs a[href="/docs/${CATEGORY}"]`).first().click();
  await page.waitForURL(`**/docs/${CATEGORY}`);
  await assertText(categoryPanel(page, CATEGORY), `已掌握 1 / ${total} 题，需复习 1 题`);

  await go(page, '/');
  await assertText(page.locator(`li[data-category-progress="${CATEGORY}"]`), `已掌握 1 / ${total} 题`);
  await assertText(homeProgress(page), `已掌握 1 / ${allQuestions.length} 题`);
  const other = CATEGORIES.find((c) => c.id !== CATEGORY)!;
  await assertText(page.locator(`li[data-category-progress="${other.id}"]`), `已掌握 0 / ${questionsOf(other.id).length} 题`);

  // 再点一次取消标记。
  await go(page, contentPath);
  await markButton(page, k1, '已掌握').click();
  assert.equal(await markButton(page, k1, '已掌握').getAttribute('aria-pressed'), 'false');
  await go(page, `/docs/${CATEGORY}`);
  await assertText(categoryPanel(page, CATEGORY), `已掌握 0 / ${total} 题，需复习 1 题`);
  await page.context().close();
});

async function assertText(locator: Locator, expected: string): Promise<void> {
  await locator.filter({ hasText: expected }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  const text = (await locator.first().innerText()).replace(/\s+/g, ' ');
  assert.ok(text.includes(expected), `应显示“${expected}”，实际是“${text}”`);
}

test('随机一题：分类首页只在本类里挑未掌握的题，首页在全书里挑', async () => {
  const { page } = await newWatched();
  await go(page, `/docs/${CATEGORY}`);
  // 本类只剩一道没掌握（另一道标成“需复习”，仍算未掌握）。
  const left = categoryQuestions.at(-1)!;
  await setMarks(page, Object.fromEntries(categoryQuestions.map((q) => [q.key, q === left ? 'review' : 'mastered'])));
  await go(page, `/docs/${CATEGORY}`);
  await assertText(categoryPanel(page, CATEGORY), `已掌握 ${categoryQuestions.length - 1} / ${categoryQuestions.length} 题`);
  await categoryPanel(page, CATEGORY).getByRole('button', { name: '随机一题' }).click();
  await page.waitForURL((u) => u.pathname === left.path && u.hash === `#${left.id}`);
  // 站内跳转：URL 先变，页面内容随后渲染。
  await page.locator(`h2[id="${left.id}"]`).first().waitFor({ timeout: 10_000 });
  assert.equal(await page.locator(`h2[id="${left.id}"]`).count(), 1);

  // 全书只剩另一分类的一道题。
  const target = questionsOf('redis')[0]!;
  await setMarks(page, Object.fromEntries(allQuestions.filter((q) => q.key !== target.key).map((q) => [q.key, 'mastered'])));
  await go(page, '/');
  await homeProgress(page).getByRole('button', { name: '随机一题' }).click();
  await page.waitForURL((u) => u.pathname === target.path && u.hash === `#${target.id}`);

  // 全部掌握：不跳转，给出提示。
  await setMarks(page, Object.fromEntries(allQuestions.map((q) => [q.key, 'mastered'])));
  await go(page, `/docs/${CATEGORY}`);
  await categoryPanel(page, CATEGORY).getByRole('button', { name: '随机一题' }).click();
  await assertText(categoryPanel(page, CATEGORY).getByRole('status'), '本类的题都已掌握。');
  assert.equal(new URL(page.url()).pathname, `/docs/${CATEGORY}`);
  await page.context().close();
});

test('导出的 JSON 含有标记，导入到全新的浏览器上下文后恢复', async () => {
  const a = await newWatched();
  await go(a.page, contentPath);
  const keys = (await sections(a.page).evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!))).slice(0, 2);
  await markButton(a.page, keys[0]!, '已掌握').click();
  await markButton(a.page, keys[1]!, '需复习').click();
  // 标了需复习的题出现复习评分；评一次分，排程也要随导出带走。
  await section(a.page, keys[1]!).getByRole('group', { name: /复习评分/ }).getByRole('button', { name: '记得' }).click();
  await assertText(section(a.page, keys[1]!), '下次复习：');
  await go(a.page, '/progress');
  await assertText(a.page.locator('main'), '当前共有 2 条标记');
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: '导出进度（JSON）' }).click()]);
  assert.match(download.suggestedFilename(), /^handbook-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const dir = mkdtempSync(join(tmpdir(), 'progress-'));
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; marks: Record<string, string>; review: Record<string, { due: string; reps: number }> };
  assert.equal(exported.format, 'backend-interview-handbook-progress');
  assert.deepEqual(exported.marks, { [keys[0]!]: 'mastered', [keys[1]!]: 'review' });
  assert.deepEqual(Object.keys(exported.review), [keys[1]!]);
  assert.equal(exported.review[keys[1]!]!.reps, 1);
  await a.page.context().close();

  const b = await newWatched();
  await go(b.page, '/progress');
  await assertText(b.page.locator('main'), '当前共有 0 条标记');
  await b.page.getByLabel('导入进度文件').setInputFiles(file);
  const transferStatus = b.page.locator('section[aria-labelledby="transfer"]').getByRole('status');
  await assertText(transferStatus, '已导入 2 条标记、1 道题的复习排程。');
  await assertText(b.page.locator(`li[data-category-progress="${CATEGORY}"]`), `已掌握 1 / ${categoryQuestions.length} 题，需复习 1 题`);
  await go(b.page, contentPath);
  assert.equal(await markButton(b.page, keys[0]!, '已掌握').getAttribute('aria-pressed'), 'true');
  assert.equal(await markButton(b.page, keys[1]!, '需复习').getAttribute('aria-pressed'), 'true');

  // 不是进度文件：报错，原有标记不变。
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ hello: 1 }));
  await go(b.page, '/progress');
  await b.page.getByLabel('导入进度文件').setInputFiles(bad);
  await assertText(b.page.locator('section[aria-labelledby="transfer"]').getByRole('status'), '导入失败：这不是本手册导出的进度文件。');
  await assertText(b.page.locator('main'), '当前共有 2 条标记');
  await b.page.context().close();
});

test('自测模式下看不到任何答案：速答、详解、追问的回答和示例输出都折叠，目录只列问题；显示答案只展开这一题；下一题把焦点移到下一题', async () => {
  const { page } = await newWatched();
  // 含追问和示例的页面最能说明问题。
  const rich = pages.find((p) => !p.isIndex && p.body.includes('<Playground') && p.body.includes('### 追问'))!;
  const path = docPath(rich.file);
  await go(page, path);
  // 关着自测：目录里没有通用的“详解”“追问”条目。
  const tocTexts = await page.locator('.table-of-contents a').allInnerTexts();
  assert.ok(tocTexts.length > 0);
  assert.deepEqual(tocTexts.filter((t) => /^(详解|追问)$/.test(t.trim())), []);
  await selfTestSwitch(page).click();
  const questionIds = rich.headings.filter((h) => h.depth === 2 && h.id).map((h) => `#${h.id}`);
  const tocHrefs = await page.locator('.table-of-contents a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  assert.deepEqual(tocHrefs, questionIds, '自测模式的目录只列问题标题');

  const answersVisible = () =>
    page.locator('[data-question]').evaluateAll((secs) =>
      secs.map((sec) => {
        const visible = (sec as HTMLElement).innerText;
        const hidden = [...sec.querySelectorAll('.theme-admonition, .followup-answer, [data-testid="playground-output"], p')]
          .filter((el) => !el.closest('[class*="toolbar"]'))
          .map((el) => (el.textContent ?? '').trim())
          .filter((t) => t.length >= 8);
        return { key: sec.getAttribute('data-question'), leaked: hidden.filter((t) => visible.includes(t)) };
      }),
    );
  for (const s of await answersVisible()) assert.deepEqual(s.leaked, [], `${s.key} 露出了答案`);
  // 追问的问题本身还在。
  const firstWithFollowups = page.locator('[data-question]').filter({ has: page.locator('.followup-answer') }).first();
  assert.ok(await firstWithFollowups.locator('li strong').first().isVisible());

  const secs = await answersVisible();
  const target = section(page, secs[0]!.key!);
  await revealButton(target).click();
  const after = await answersVisible();
  assert.ok(after[0]!.leaked.length > 0, '显示答案后这一题的答案应可见');
  for (const s of after.slice(1)) assert.deepEqual(s.leaked, [], `${s.key} 不该跟着展开`);

  await target.getByRole('button', { name: '下一题' }).click();
  const focused = await page.evaluate(() => document.activeElement?.closest('[data-question]')?.getAttribute('data-question'));
  assert.equal(focused, secs[1]!.key);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2');
  await selfTestSwitch(page).click();
  await page.context().close();
});

test('分类首页列出本类每一道题，按页分组，链接落在题目标题上', async () => {
  const { page } = await newWatched();
  await go(page, `/docs/${CATEGORY}`);
  const list = page.locator(`[data-category-questions="${CATEGORY}"]`);
  await list.locator('a').first().waitFor();
  const hrefs = await list.locator('li a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  assert.deepEqual([...hrefs].sort(), categoryQuestions.map((q) => `${q.path}#${q.id}`).sort());
  // 落点：取一道排在沙箱后面的题。沙箱靠近视口时才挂载编辑器，高度会变，落点不能因此偏开。
  const last = [...categoryQuestions].reverse().find((q) => {
    const page = pages.find((p) => `/docs/${p.file.replace(/\.mdx?$/, '')}` === q.path)!;
    const firstPlayground = page.body.indexOf('<Playground');
    return firstPlayground !== -1 && page.body.indexOf(`{#${q.id}}`) > firstPlayground;
  });
  assert.ok(last, `${CATEGORY} 里没有排在沙箱后面的题，换一个分类`);
  await list.locator(`a[href="${last.path}#${last.id}"]`).click();
  await page.waitForURL(`**${last.path}#${last.id}`);
  // 地址栏先变，新页面换上、滚到锚点在其后；等标题落到视口顶部附近，超时则由下面的断言报出位置。
  await page
    .waitForFunction((id) => Math.abs((document.getElementById(id)?.getBoundingClientRect().top ?? 1e9) - 60) < 80, last.id, { timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(1500); // 视口附近的沙箱这时已挂载编辑器：标题仍须在原处
  const top = await page.locator(`h2[id="${last.id}"]`).evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(top - 60) < 80, `标题离视口顶部 ${top} px`);
  await page.context().close();
});

test('“复制链接”复制本题的直接链接，打开它落在这道题的标题上', async () => {
  const q = categoryQuestions[2]!;
  const { page } = await newWatched({ permissions: ['clipboard-read', 'clipboard-write'] });
  await go(page, q.path);
  const button = section(page, q.key).locator('button', { hasText: '复制链接' });
  await button.click();
  await assertText(button, '已复制链接');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${site.server.url}${q.path}#${q.id}`);
  await page.context().close();

  const phone = await newWatched({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.page.goto(copied, { waitUntil: 'load' });
  await phone.page.waitForTimeout(1500);
  const top = await phone.page.locator(`h2[id="${q.id}"]`).evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(top - 60) < 80, `标题离视口顶部 ${top} px`);
  await phone.page.context().close();
});

test('今日复习列出标了需复习的题；评“记得”之后它排到以后，不再出现在今天', async () => {
  const { page } = await newWatched();
  const [q] = categoryQuestions;
  await go(page, q!.path);
  await markButton(page, q!.key, '需复习').click();
  await go(page, '/progress');
  const today = page.getByTestId('today-review');
  await today.locator('a').first().waitFor();
  assert.deepEqual(await today.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href'))), [`${q!.path}#${q!.id}`]);
  await go(page, q!.path);
  // 第一次“很熟”直接排到几天以后。
  await section(page, q!.key).getByRole('group', { name: /复习评分/ }).getByRole('button', { name: '很熟' }).click();
  await assertText(section(page, q!.key), '天后');
  await go(page, '/progress');
  await assertText(page.locator('section[aria-labelledby="today"]'), '今天没有要复习的题（复习计划里共 1 道）');
  await page.context().close();
});

test('axe-core：自测模式的内容页（375 px、深色）、分类首页和进度页没有严重或致命问题', async () => {
  const runAxe = async (page: Page, path: string) => {
    assert.deepEqual(await seriousAxeViolations(page), [], `${path} 的可访问性问题`);
  };
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page } = await newWatched({ colorScheme, viewport: { width: 375, height: 800 } });
    await go(page, contentPath);
    const keys = await sections(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!));
    await markButton(page, keys[0]!, '已掌握').click();
    await markButton(page, keys[1]!, '需复习').click();
    await selfTestSwitch(page).click();
    await revealButton(section(page, keys[1]!)).click();
    // 窄屏上工具条不撑出横向滚动。
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), '375 px 下出现横向滚动');
    await runAxe(page, `${contentPath}（${colorScheme}）`);
    for (const path of [`/docs/${CATEGORY}`, '/progress']) {
      await go(page, path);
      await assertText(page.locator('main'), '已掌握 1 /');
      await runAxe(page, `${path}（${colorScheme}）`);
    }
    await page.context().close();
  }
});

test('访问过的页面没有请求 127.0.0.1 以外的主机，也没有控制台错误', () => {
  assertCleanVisits(site.visited, 6);
});
