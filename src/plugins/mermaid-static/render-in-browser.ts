// 在无头 chromium 里用 Mermaid 本身把图渲染成 SVG：一个浏览器、几个并行的页面，一个共享的任务队列。
import { join } from 'node:path';
import { cpus } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/lib/chromium';
import { ROOT, type RenderedSvg } from './cache';

export interface RenderJob {
  /** 在一页里唯一、可作 CSS 选择器的 id；SVG 里的其他 id 都加上它作前缀。 */
  id: string;
  code: string;
  config: Record<string, unknown>;
}

export type RenderOutcome = ({ ok: true } & RenderedSvg) | { ok: false; error: string };

const MERMAID_JS = join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

/**
 * 去掉对显示没有作用的元素：每张图都带上全套 marker、阴影滤镜和渐变（多数没被引用）、空的和没有属性的 <g>、
 * 没有文字的标签、没有宽高的矩形、每个词一个的 <tspan>，还有只给 Mermaid 自己动画用的 data-points。一页图多时，这些占了元素数的三到四成，
 * 而浅色、深色两份都在页面里。
 */
const SLIM_SVG = `function slimSvg(el) {
  const text = el.outerHTML;
  const referenced = (id) => text.includes('url(#' + id + ')') || text.includes('url("#' + id + '")') || text.includes('href="#' + id + '"');
  el.querySelectorAll('marker[id], filter[id], linearGradient[id], radialGradient[id], pattern[id], clipPath[id], symbol[id]').forEach((n) => {
    if (!referenced(n.id)) n.remove();
  });
  el.querySelectorAll('[data-points]').forEach((n) => n.removeAttribute('data-points'));
  el.querySelectorAll('tspan.text-outer-tspan').forEach((outer) => {
    const inner = [...outer.children];
    const plain = (t) => t.tagName === 'tspan' && t.children.length === 0 &&
      [...t.attributes].every((a) => a.name === 'class' || (a.name === 'font-style' && a.value === 'normal') || (a.name === 'font-weight' && a.value === 'normal'));
    if (inner.length > 0 && inner.length === outer.childNodes.length && inner.every(plain)) outer.textContent = inner.map((t) => t.textContent).join('');
  });
  // 没有文字的标签（不带标签的连线也有一套）和没有宽高的底色矩形什么也画不出来。
  el.querySelectorAll('text').forEach((t) => {
    if (t.textContent.trim() === '') t.remove();
  });
  el.querySelectorAll('rect').forEach((r) => {
    if (!r.hasAttribute('width') || !r.hasAttribute('height')) r.remove();
  });
  [...el.querySelectorAll('g, defs')].reverse().forEach((g) => {
    if (g.childNodes.length === 0) g.remove();
    // 没有属性的 <g> 不影响坐标和样式（Mermaid 的样式表里没有以 g 为父的子代选择器）：把子元素提上来。
    else if (g.tagName === 'g' && g.attributes.length === 0) g.replaceWith(...g.childNodes);
  });
}`;

// 以字符串注入页面：tsx 给具名函数加的 __name 辅助函数在页面里不存在。
const RENDER_IN_PAGE = `async ({ id, code, config }) => {
  ${SLIM_SVG}
  const m = window.mermaid;
  m.initialize(config);
  try {
    const { svg } = await m.render(id, code);
    const host = document.createElement('div');
    host.innerHTML = svg;
    const el = host.querySelector('svg');
    const vb = (el.getAttribute('viewBox') || '').trim().split(/[\\s,]+/).map(Number);
    let w = vb[2], h = vb[3];
    if (!(w > 0 && h > 0)) {
      document.body.appendChild(host);
      const b = el.getBBox();
      w = b.width; h = b.height;
      host.remove();
    }
    w = Math.ceil(w); h = Math.ceil(h);
    // 固定的自然尺寸：首屏排版就定下来，锚点不再跳；页面上只滚动、不缩小。
    el.setAttribute('width', String(w));
    el.setAttribute('height', String(h));
    el.style.removeProperty('max-width');
    if (!el.getAttribute('style')) el.removeAttribute('style');
    el.setAttribute('role', 'img');
    slimSvg(el);
    // 同一页上有浅色、深色两份 SVG：marker 等 id 要各不相同，否则 url(#x) 会指到另一份（可能是 display:none 的那份）。
    const renames = [];
    el.querySelectorAll('[id]').forEach((n) => {
      if (n === el || n.id.startsWith(id)) return;
      const fresh = id + '-' + n.id;
      renames.push([n.id, fresh]);
      n.id = fresh;
    });
    let out = el.outerHTML;
    for (const [from, to] of renames) {
      out = out.split('url(#' + from + ')').join('url(#' + to + ')').split('href="#' + from + '"').join('href="#' + to + '"');
    }
    return { ok: true, svg: out, width: w, height: h };
  } catch (e) {
    document.querySelector('#d' + id)?.remove();
    return { ok: false, error: String((e && e.message) || e) };
  }
}`;

async function preparePage(page: Page): Promise<void> {
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ path: MERMAID_JS });
  await page.evaluate('document.fonts.ready');
}

export function renderPageCount(jobs: number): number {
  const wanted = Number(process.env.MERMAID_RENDER_PAGES) || Math.max(2, cpus().length);
  return Math.max(1, Math.min(wanted, jobs));
}

export async function renderInBrowser(jobs: RenderJob[]): Promise<RenderOutcome[]> {
  const results: RenderOutcome[] = new Array(jobs.length);
  if (jobs.length === 0) return results;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    let next = 0;
    const worker = async () => {
      const page = await browser.newPage();
      await preparePage(page);
      const render = await page.evaluateHandle(RENDER_IN_PAGE);
      while (next < jobs.length) {
        const i = next++;
        results[i] = (await render.evaluate((fn, job) => (fn as unknown as (j: RenderJob) => Promise<RenderOutcome>)(job), jobs[i]!)) as RenderOutcome;
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: renderPageCount(jobs.length) }, worker));
  } finally {
    await browser.close();
  }
  return results;
}
