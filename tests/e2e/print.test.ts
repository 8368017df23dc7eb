// 打印的端到端测试：模拟 print 媒体后导航、侧栏、目录、页脚、翻页和按钮都不显示，
// Mermaid 图（总是浅色那份）和沙箱的代码 + 预期输出都在，代码折行不溢出；page.pdf() 生成的 PDF 大小和页数合理。
// 另外检查文档页底部的最后更新日期（来自 git）和“纠错”链接。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { assertCleanVisits, docPath, useSite } from '../helpers/site';
import { DOCS_DIR, loadPages, type Page as DocPage } from '../../scripts/lib/pages';
import { mermaidBlocks } from '../../scripts/lib/page-checks';
import { EXAMPLES_DIR, loadExample } from '../../scripts/lib/examples';

const site = useSite();

/** 既有 Mermaid 图又嵌入了示例的内容页，以及它嵌入的第一个示例。 */
function pageWithDiagramAndPlayground(): { page: DocPage; exampleId: string } {
  for (const p of loadPages()) {
    const m = /import\s+\w+\s+from\s+'@site\/examples\/([^']+)\/example\.json'/.exec(p.body);
    if (m && p.body.includes('<Playground') && mermaidBlocks(p.body).length > 0) return { page: p, exampleId: m[1]! };
  }
  throw new Error('没有同时带 Mermaid 图和 <Playground> 的页面');
}

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  const w = await watchedPage(context);
  site.visited.push(w);
  const res = await w.page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  assert.equal(res?.status(), 200);
  return w.page;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`打印（${scheme === 'light' ? '浅色' : '深色'}模式）：只留正文、图和沙箱的代码与预期输出`, async () => {
    const { page: doc, exampleId } = pageWithDiagramAndPlayground();
    const page = await open(docPath(doc.file), scheme);
    const figure = page.locator(`figure[data-example="${exampleId}"]`).first();
    // 屏幕上没有打印版。
    assert.equal(await figure.getByTestId('playground-print').count(), 0);

    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.navbar', '.theme-doc-sidebar-container', '.theme-doc-toc-desktop', '.footer', '.pagination-nav', '.theme-doc-breadcrumbs', '.theme-edit-this-page']) {
      const n = await page.locator(selector).count();
      for (let i = 0; i < n; i++) assert.equal(await page.locator(selector).nth(i).isVisible(), false, `打印时 ${selector} 不应显示`);
    }
    assert.equal(await page.locator('button:visible').count(), 0, '打印时不应有按钮');

    // 正文占满整页宽度。
    const articleWidth = await page.locator('article').first().evaluate((el) => el.getBoundingClientRect().width);
    const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
    assert.ok(articleWidth > pageWidth * 0.9, `打印时正文宽 ${articleWidth}，页宽 ${pageWidth}`);

    // 不管屏幕上是什么颜色模式，打印的都是浅色那份 SVG，且不超出纸宽。
    const diagrams = page.locator('figure.mermaid-diagram');
    assert.equal(await diagrams.count(), mermaidBlocks(doc.body).length);
    for (let i = 0; i < (await diagrams.count()); i++) {
      const light = diagrams.nth(i).locator('.mermaid-diagram__svg--light > svg');
      const box = await light.boundingBox();
      assert.ok(box && box.width > 20 && box.height > 20, `第 ${i + 1} 张图打印时不可见`);
      assert.ok(box.width <= pageWidth + 1, `第 ${i + 1} 张图打印时超出纸宽`);
      assert.equal(await diagrams.nth(i).locator('.mermaid-diagram__svg--dark > svg').isVisible(), false, `第 ${i + 1} 张图打印了深色那份`);
    }

    const ex = loadExample(join(EXAMPLES_DIR, exampleId));
    const printView = figure.getByTestId('playground-print');
    await printView.waitFor({ state: 'visible' });
    const printed = (await printView.innerText()).replace(/\s+/g, '');
    for (const [name, code] of Object.entries(ex.tsFiles)) {
      const firstLine = code.split('\n').find((l) => l.trim().length > 0)!;
      assert.ok(printed.includes(firstLine.replace(/\s+/g, '')), `打印版缺少 ${name} 的代码：${firstLine}`);
    }
    const expected = await figure.getByTestId('playground-print-expected').innerText();
    assert.ok(expected.includes(ex.expected.trim().split('\n')[0]!), '打印版缺少预期输出');
    assert.equal(await figure.locator('[data-testid="playground-output"]').isVisible(), false, '屏幕版输出面板不应打印');

    // 代码块折行：没有横向溢出。
    const overflowing = await page.locator('article pre').evaluateAll((els) =>
      els.filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent?.slice(0, 40)),
    );
    assert.deepEqual(overflowing, [], '打印时代码块横向溢出');

    if (scheme === 'dark') {
      // 纸是白的：深色模式下正文也用深色字。
      const color = await page.locator('article p').first().evaluate((el) => getComputedStyle(el).color);
      const [r, g, b] = color.match(/\d+/g)!.map(Number);
      assert.ok(r! + g! + b! < 200, `打印时正文颜色 ${color} 太浅`);
      // 代码、提示框也按浅色打印：浅底、深色字，关键字用浅色主题的蓝色。
      const lightness = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number).reduce((x, y) => x + y, 0);
      const codeBg = await page.locator('article .theme-code-block pre').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.ok(lightness(codeBg) > 600, `打印时代码块底色 ${codeBg} 太深`);
      const keyword = page.locator('article .theme-code-block .token.keyword').first();
      if ((await keyword.count()) > 0) assert.equal(await keyword.evaluate((el) => getComputedStyle(el).color), 'rgb(0, 0, 255)');
      const admonition = page.locator('article .theme-admonition').first();
      const admonitionBg = await admonition.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.ok(lightness(admonitionBg) > 600, `打印时提示框底色 ${admonitionBg} 太深`);
      const admonitionText = await admonition.evaluate((el) => getComputedStyle(el).color);
      assert.ok(lightness(admonitionText) < 300, `打印时提示框文字 ${admonitionText} 太浅`);
    }

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pdf.length > 50_000 && pdf.length < 30_000_000, `PDF 大小异常：${pdf.length} 字节`);
    assert.ok(pages >= 2 && pages <= 200, `PDF 页数异常：${pages}`);
    await page.context().close();
  });
}

test('文档页显示最后更新日期（取自 git）和指向仓库源文件的“纠错”链接', async () => {
  const repoUrl = (process.env.REPO_URL ?? 'https://github.com/backend-handbook/backend-interview-handbook').replace(/\/+$/, '');
  const pages = loadPages();
  for (const doc of [pages.find((p) => !p.isIndex)!, pages.find((p) => p.isIndex)!]) {
    const page = await open(docPath(doc.file));
    const edit = page.locator('article a.theme-edit-this-page');
    assert.equal((await edit.textContent())?.trim(), '纠错');
    assert.equal(await edit.getAttribute('href'), `${repoUrl}/blob/main/docs/${doc.file}`);
    const time = page.locator('article .theme-last-updated time');
    const iso = await time.getAttribute('datetime');
    const gitDate = execFileSync('git', ['log', '-1', '--format=%cI', '--', join(DOCS_DIR, doc.file)], { encoding: 'utf8' }).trim();
    assert.ok(gitDate, `${doc.file} 没有 git 历史`);
    assert.equal(new Date(iso!).getTime(), new Date(gitDate).getTime(), `${doc.file} 的更新时间应等于最后一次提交时间`);
    assert.match((await time.textContent()) ?? '', /^\d{4}年\d{1,2}月\d{1,2}日$/);
    await page.context().close();
  }
});

test('访问过的页面没有请求 127.0.0.1 以外的主机，也没有控制台错误', () => {
  assertCleanVisits(site.visited, 4);
});
