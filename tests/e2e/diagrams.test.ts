// Mermaid 图的端到端测试：图在构建时渲染成静态 SVG（浅色、深色各一份），读者的浏览器不加载 Mermaid。
// 每页每张图在两种颜色模式下都可见、有尺寸、带着源码里的文字；关掉 JavaScript 也在；
// 390 px 手机上不缩小到自然尺寸以下，字不小于 11 px；深链接落在标题上；查看器能用键盘打开、缩放、关闭。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { assertCleanVisits, docPath, useSite } from '../helpers/site';
import { DOCS_DIR, loadPages, type Page as DocPage } from '../../scripts/lib/pages';
import { expectedLabels, normalizeLabelText } from '../../scripts/lib/mermaid-labels';
import { diagramsInFile } from '../../src/plugins/mermaid-static/diagrams';

const site = useSite();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

interface DiagramPage {
  page: DocPage;
  /** 每张图源码里的文字，按页面顺序。 */
  labels: string[][];
  /** ```mermaid 所在的文件行号。 */
  lines: number[];
}

const diagramPages: DiagramPage[] = loadPages()
  .map((page) => {
    const diagrams = diagramsInFile(join(DOCS_DIR, page.file));
    return { page, labels: diagrams.map((d) => expectedLabels(d.code)), lines: diagrams.map((d) => d.line) };
  })
  .filter((d) => d.lines.length > 0);

async function newPage(options: BrowserContextOptions): Promise<Page> {
  const context = await site.browser.newContext(options);
  const w = await watchedPage(context);
  site.visited.push(w);
  return w.page;
}

interface FigureState {
  visible: number;
  width: number;
  height: number;
  naturalWidth: number;
  text: string;
  theme: string;
  role: string | null;
  label: string | null;
  title: string;
  minFontPx: number;
}

/** 每个 figure 里当前显示的 SVG（应当正好一份）的尺寸、文字和替代文本。 */
function figureStates(page: Page): Promise<FigureState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.mermaid-diagram')].map((fig) => {
      const shown = [...fig.querySelectorAll('.mermaid-diagram__svg > svg')].filter((s) => s.getClientRects().length > 0);
      const svg = shown[0] as SVGSVGElement | undefined;
      const box = svg?.getBoundingClientRect();
      const sizes = svg ? [...svg.querySelectorAll('text, tspan')].filter((t) => (t.textContent ?? '').trim()).map((t) => parseFloat(getComputedStyle(t).fontSize)) : [];
      return {
        visible: shown.length,
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        naturalWidth: Number(svg?.getAttribute('width') ?? 0),
        text: svg?.textContent ?? '',
        theme: svg?.parentElement?.className ?? '',
        role: svg?.getAttribute('role') ?? null,
        label: svg?.getAttribute('aria-label') ?? null,
        title: svg?.querySelector(':scope > title')?.textContent ?? '',
        minFontPx: sizes.length ? Math.min(...sizes) : 0,
      };
    }),
  );
}

function assertDiagramsShown(d: DiagramPage, states: FigureState[], scheme: 'light' | 'dark'): void {
  const where = `${d.page.file}（${scheme}）`;
  assert.equal(states.length, d.lines.length, `${where} 的图数量`);
  states.forEach((s, i) => {
    const at = `${where} 第 ${d.lines[i]} 行的图`;
    assert.equal(s.visible, 1, `${at}：应正好显示一份 SVG`);
    assert.ok(s.theme.endsWith(`--${scheme}`), `${at}：显示的是 ${s.theme}`);
    assert.ok(s.width > 10 && s.height > 10, `${at}：尺寸 ${s.width}×${s.height}`);
    const text = normalizeLabelText(s.text);
    const missing = d.labels[i]!.filter((l) => !text.includes(l));
    assert.deepEqual(missing, [], `${at}：SVG 里缺少这些文字`);
    assert.equal(s.role, 'img', `${at}：role`);
    assert.ok(s.label && s.label.length > 1 && s.title === s.label, `${at}：aria-label 与 <title>`);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`每页的每张图在${scheme === 'light' ? '浅色' : '深色'}模式下都显示出来，带着源码里的文字，不加载 Mermaid`, async () => {
    const page = await newPage({ colorScheme: scheme, viewport: DESKTOP });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    for (const d of diagramPages) {
      await page.goto(site.server.url + docPath(d.page.file), { waitUntil: 'networkidle' });
      assert.equal(await page.locator('html').getAttribute('data-theme'), scheme);
      assertDiagramsShown(d, await figureStates(page), scheme);
    }
    // 客户端没有 Mermaid：没有哪个脚本里有 mermaid 的渲染入口。
    const bodies = await Promise.all([...new Set(scripts)].map(async (u) => (await fetch(u)).text()));
    assert.deepEqual(bodies.filter((b) => /mermaidAPI|mermaid\.initialize/.test(b)).length, 0, '页面加载了 Mermaid');
    // SVG 只在 HTML 里，不在页面的 JS 块里再放一份。
    assert.deepEqual(bodies.filter((b) => /aria-roledescription/.test(b)).length, 0, '有 JS 块里带着图的 SVG');
    await page.context().close();
  });
}

test('站内跳转（不整页加载）到每个有图的页面：图从那一页的 HTML 里取出，深色模式下显示深色那份', async () => {
  const page = await newPage({ colorScheme: 'dark', viewport: DESKTOP });
  await page.goto(site.server.url + '/', { waitUntil: 'networkidle' });
  for (const d of diagramPages) {
    const path = docPath(d.page.file);
    await page.evaluate((p) => {
      window.history.pushState({}, '', p);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    // 等到换成了这一页（上一页的图数可能一样），而且每张图的 SVG 都取到了。
    await page.waitForFunction(
      ([n, title]) => {
        const figs = [...document.querySelectorAll('figure.mermaid-diagram')];
        return document.querySelector('article h1')?.textContent === title && figs.length === n && figs.every((f) => f.querySelector('.mermaid-diagram__svg--dark > svg'));
      },
      [d.lines.length, d.page.frontMatter.title] as const,
      { timeout: 15_000 },
    );
    assertDiagramsShown(d, await figureStates(page), 'dark');
  }
  await page.context().close();
});

test('关掉 JavaScript，每张图照样在页面里（浅色 SVG）', async () => {
  const page = await newPage({ javaScriptEnabled: false, viewport: DESKTOP });
  for (const d of diagramPages) {
    await page.goto(site.server.url + docPath(d.page.file), { waitUntil: 'load' });
    assertDiagramsShown(d, await figureStates(page), 'light');
  }
  await page.context().close();
});

test('390 px 手机上：图不缩小到自然宽度以下，宽图在框内横向滚动，最小的字不小于 11 px', async () => {
  const page = await newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  let smallest = Infinity;
  for (const d of diagramPages) {
    await page.goto(site.server.url + docPath(d.page.file), { waitUntil: 'load' });
    const states = await figureStates(page);
    states.forEach((s, i) => {
      const at = `${d.page.file} 第 ${d.lines[i]} 行的图`;
      assert.ok(s.width >= s.naturalWidth - 0.5, `${at}：显示宽 ${s.width}，自然宽 ${s.naturalWidth}`);
      assert.ok(s.minFontPx >= 11, `${at}：最小的字 ${s.minFontPx} px`);
      smallest = Math.min(smallest, s.minFontPx);
    });
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(pageOverflow <= 1, `${d.page.file}：宽图撑宽了整页（多出 ${pageOverflow} px）`);
  }
  console.log(`# smallest diagram label at 390 px: ${smallest} px`);
  await page.context().close();
});

/**
 * 图下方、第一个沙箱上方的最后一个问题标题：图的排版如果在滚动之后才定下来，它就会被推离视口顶部。
 * 沙箱上方为界：沙箱挂载编辑器时自己会改变高度（另一个问题），这里只量图。
 */
function headingBelowDiagrams(d: DiagramPage): string | null {
  const text = readFileSync(join(DOCS_DIR, d.page.file), 'utf8');
  const sandboxAt = text.search(/^<Playground\b/m);
  const sandboxLine = sandboxAt === -1 ? Infinity : text.slice(0, sandboxAt).split('\n').length;
  const below = d.page.headings.filter((h) => h.depth === 2 && h.id && h.line > d.lines[0]! && h.line < sandboxLine);
  return below.at(-1)?.id ?? null;
}

for (const [name, viewport] of [['桌面', DESKTOP], ['390×844', PHONE]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`深链接（${name}，${scheme === 'light' ? '浅色' : '深色'}）：打开 页面#id 后标题就在视口顶部`, async () => {
      const page = await newPage({ colorScheme: scheme, viewport });
      let checked = 0;
      for (const d of diagramPages) {
        const id = headingBelowDiagrams(d);
        if (!id) continue;
        // 先离开，确保是一次完整的加载而不是同页跳转。
        await page.goto('about:blank');
        await page.goto(`${site.server.url}${docPath(d.page.file)}#${id}`, { waitUntil: 'networkidle' });
        const pos = await page.evaluate((hid) => {
          const h = document.getElementById(hid)!;
          const root = document.scrollingElement!;
          return {
            top: h.getBoundingClientRect().top,
            margin: parseFloat(getComputedStyle(h).scrollMarginTop) || 0,
            atBottom: root.scrollTop >= root.scrollHeight - root.clientHeight - 2,
          };
        }, id);
        const onTop = Math.abs(pos.top - pos.margin) <= 40;
        const shortTail = pos.atBottom && pos.top >= pos.margin - 40;
        assert.ok(onTop || shortTail, `${d.page.file}#${id}：标题在视口 ${Math.round(pos.top)} px 处（应在 ${pos.margin} px 左右）`);
        checked += 1;
      }
      assert.ok(checked >= 10, `只检查了 ${checked} 个页面`);
      await page.context().close();
    });
  }
}

test('查看器：Enter 打开、+ 放大、方向键平移、Esc 关闭，焦点回到图上；点按也能打开', async () => {
  const d = diagramPages[0]!;
  const page = await newPage({ viewport: PHONE, colorScheme: 'dark', hasTouch: true, isMobile: true });
  await page.goto(site.server.url + docPath(d.page.file), { waitUntil: 'networkidle' });
  const scroller = page.locator('.mermaid-diagram__scroll').first();
  await scroller.focus();
  await page.keyboard.press('Enter');
  const viewer = page.getByTestId('diagram-viewer');
  await viewer.waitFor({ state: 'visible', timeout: 15_000 });
  assert.equal(await viewer.locator('svg[role="img"]').count(), 1, '查看器里应有这张图');
  const box = await viewer.boundingBox();
  assert.ok(box && box.width >= PHONE.width - 1 && box.height >= PHONE.height - 1, '查看器应占满屏幕');
  const scale0 = Number(await viewer.getAttribute('data-scale'));
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.waitForFunction((s) => Number(document.querySelector('[data-testid="diagram-viewer"]')?.getAttribute('data-scale')) > s, scale0);
  const content = viewer.locator('.diagram-viewer__content');
  const before = await content.evaluate((el) => getComputedStyle(el).transform);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((t) => getComputedStyle(document.querySelector('.diagram-viewer__content')!).transform !== t, before);
  await page.keyboard.press('-');
  await page.keyboard.press('Escape');
  await viewer.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('mermaid-diagram__scroll')), true, '焦点应回到图上');

  await scroller.tap();
  await viewer.waitFor({ state: 'visible' });
  await viewer.getByRole('button', { name: '关闭' }).click();
  await viewer.waitFor({ state: 'detached' });
  await page.context().close();
});

test('图相关的页面没有外部请求和控制台错误', () => {
  assertCleanVisits(site.visited, 5);
});
