// npm run bench：打印数字，不判断对错。
// 冷构建与热构建（图缓存在）的时间和渲染的图数；首页、纯文字页、带图页、带沙箱页在可交互前要加载的 JS/CSS（gzip 字节）；
// 搜索第一次查询的下载量（meta + 分片 + 下拉框里几道题的正文，gzip）和查询集 search/queries.ts 的 top-1/top-5 命中率；沙箱从按“运行”到第一行输出的时间（首次与再次），以及沙箱加载时增加的字节。
// 运行库的 channel 乒乓来回耗时和 Ticker 漂移（--runtime-only 只打印这一行）。
// 四类页面的 Lighthouse 移动端成绩（站点以 gzip 提供，每页跑 --runs 次，默认 3，取性能分最高的一次）。
// 只跑 Lighthouse：npm run bench -- --no-build --lighthouse-only；--build-dir <目录> 换一个构建产物。
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { launch } from '../tests/helpers/browser';
import { serveStatic } from '../tests/helpers/static-server';
import { loadPages } from './lib/pages';
import { mermaidBlocks } from './lib/page-checks';
import { runtimeFigures } from './lib/runtime-bench';
import { formatSearchFigures, searchFigures } from './lib/search-figures';
import { runLighthouse, type LighthouseFigures } from './lib/lighthouse';

const ROOT = join(__dirname, '..');
const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const BUILD = argValue('--build-dir') ?? join(ROOT, 'build');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

function gz(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

interface BuildFigures {
  seconds: number;
  /** 构建输出里 [mermaid-static] 那一行：渲染了多少份 SVG、多少来自缓存。 */
  diagrams: string;
}

function timedBuild(): BuildFigures {
  const t0 = performance.now();
  const out = execFileSync(bin('docusaurus'), ['build'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, diagrams: /\[mermaid-static\] (.*)/.exec(out)?.[1] ?? '?' };
}

/** 冷构建（docusaurus clear 也清掉 node_modules/.cache 里的图缓存），然后不清缓存再构建一次。 */
function builds(): { cold: BuildFigures; warm: BuildFigures } {
  execFileSync('node', [join(ROOT, 'scripts/build-runner.mjs')], { stdio: 'ignore' });
  execFileSync(bin('docusaurus'), ['clear'], { cwd: ROOT, stdio: 'ignore' });
  const cold = timedBuild();
  const warm = timedBuild();
  return { cold, warm };
}

interface AssetFigures {
  /** load 事件之前请求的：页面可交互（水合）前必须下载并执行的脚本和样式。 */
  beforeLoad: { js: number; css: number; files: number };
  /** 到网络空闲为止（仍然没有任何交互）：再加上挂载后按需加载的块（进度数据等）。 */
  untilIdle: { js: number; css: number; files: number };
  /** 其中 Mermaid 库本身的脚本（构建时渲染之后应当是 0）。 */
  mermaidJs: number;
}

/**
 * 页面请求过的 JS 和 CSS，按构建目录里的文件算 gzip 大小。
 * 不计 <link rel=prefetch>：那是 Docusaurus 在空闲时为页面上的链接预取的下一页。
 */
async function pageAssets(page: Page, url: string): Promise<AssetFigures> {
  const early = new Set<string>();
  const all = new Set<string>();
  let loaded = false;
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    const prefetch = /prefetch/i.test(r.headers()['sec-purpose'] ?? r.headers()['purpose'] ?? '');
    if (!/\.(js|css)$/.test(path) || prefetch) return;
    all.add(path);
    if (!loaded) early.add(path);
  });
  page.once('load', () => (loaded = true));
  await page.goto(url, { waitUntil: 'networkidle' });
  const sum = (paths: Set<string>) => {
    let js = 0;
    let css = 0;
    for (const path of paths) {
      const file = join(BUILD, path);
      if (!existsSync(file)) continue;
      if (path.endsWith('.css')) css += gz(file);
      else js += gz(file);
    }
    return { js, css, files: paths.size };
  };
  let mermaidJs = 0;
  for (const path of all) {
    const file = join(BUILD, path);
    if (path.endsWith('.js') && existsSync(file) && readFileSync(file, 'utf8').includes('mermaidAPI')) mermaidJs += gz(file);
  }
  return { beforeLoad: sum(early), untilIdle: sum(all), mermaidJs };
}

// 页面里装一个 MutationObserver 记下第一块输出出现的时刻；点击用 Playwright（等到页面可交互）。
// 脚本以字符串传入：tsx 给具名函数加的 __name 辅助函数在页面里不存在。
async function timeRun(page: Page, fig: Locator): Promise<number> {
  await fig.evaluate((el, code) => (0, eval)(code)(el), `(el) => {
    window.__firstOutputAt = 0;
    window.__clickAt = 0;
    el.addEventListener('click', () => { if (!window.__clickAt) window.__clickAt = performance.now(); }, { capture: true, once: true });
    const out = el.querySelector('[data-testid="playground-output"]');
    const obs = new MutationObserver(() => {
      if (out.getAttribute('data-state') !== 'idle' && (out.textContent || '').length > 0) {
        window.__firstOutputAt = performance.now();
        obs.disconnect();
      }
    });
    obs.observe(out, { childList: true, subtree: true, characterData: true, attributes: true });
  }`);
  await fig.getByRole('button', { name: /运行/ }).click();
  await page.waitForFunction('window.__firstOutputAt > 0', undefined, { timeout: 20_000 });
  return (await page.evaluate('window.__firstOutputAt - window.__clickAt')) as number;
}

async function sandboxTimings(page: Page, url: string): Promise<{ first: number; again: number; addedJs: number }> {
  const before = new Set<string>();
  const added = new Set<string>();
  let loaded = false;
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (!/\.(js|css)$/.test(path)) return;
    (loaded ? added : before).add(path);
  });
  // 只看首屏：把视口设得很矮，确保沙箱不在预加载范围内。
  await page.setViewportSize({ width: 1280, height: 300 });
  await page.goto(url, { waitUntil: 'networkidle' });
  loaded = true;
  const fig = page.locator('figure[data-example]').first();
  const first = await timeRun(page, fig);
  await fig.locator('[data-testid="playground-output"][data-state="done"]').waitFor({ timeout: 20_000 });
  await fig.scrollIntoViewIfNeeded();
  await fig.locator('.cm-content').first().waitFor({ timeout: 20_000 });
  const again = await timeRun(page, fig);
  let addedJs = 0;
  for (const path of added) if (!before.has(path) && existsSync(join(BUILD, path))) addedJs += gz(join(BUILD, path));
  return { first, again, addedJs };
}

/** 读者正常滚动到沙箱：编辑器和沙箱在进入视口前就预热，之后按“运行”。 */
async function warmFirstRun(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'networkidle' });
  const fig = page.locator('figure[data-example]').first();
  await fig.scrollIntoViewIfNeeded();
  await fig.locator('.cm-content').first().waitFor({ timeout: 20_000 });
  await page.locator('iframe.sandbox-frame').waitFor({ state: 'attached', timeout: 20_000 });
  await page.waitForTimeout(1000); // 读者读代码的时间：让预热完成
  return timeRun(page, fig);
}

function formatLighthouse(f: LighthouseFigures): string {
  return (
    `Performance ${f.score}, LCP ${(f.lcpMs / 1000).toFixed(2)} s, TBT ${f.tbtMs.toFixed(0)} ms, CLS ${f.cls.toFixed(3)}, ` +
    `JS ${kb(f.jsBytes)} transferred, ${f.domNodes} DOM nodes, longest task ${f.longestTaskMs.toFixed(0)} ms`
  );
}

/** 每页跑 runs 次 Lighthouse，打印每一次和最好的一次（机器忙时分数抖动很大）。 */
async function lighthouseFigures(targets: Array<[string, string]>, runs: number): Promise<void> {
  const server = await serveStatic(BUILD, { gzip: true });
  try {
    for (const [label, path] of targets) {
      const all: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) {
        try {
          all.push(await runLighthouse(server.url + path));
        } catch (e) {
          // 机器太忙时 Lighthouse 偶尔等不到 DevTools 协议的回应：记下来，这一次不算。
          console.log(`  ${label}: run ${i + 1} failed: ${(e as Error).message}`);
        }
      }
      if (all.length === 0) continue;
      const best = all.reduce((a, b) => (b.score > a.score ? b : a));
      console.log(`lighthouse mobile, ${label}: best of ${all.length}: ${formatLighthouse(best)}`);
      console.log(`  scores ${all.map((f) => f.score).join(' / ')}; TBT ${all.map((f) => f.tbtMs.toFixed(0)).join(' / ')} ms`);
    }
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const rt = await runtimeFigures();
  console.log(`go runtime: channel ping-pong round trip ${rt.pingPongUs.toFixed(2)} µs; ticker 20 × 100 ms took ${rt.tickerMs} ms (drift ${rt.tickerMs - 2000} ms)`);
  if (process.argv.includes('--runtime-only')) return;
  const skipBuild = process.argv.includes('--no-build');
  if (!skipBuild) {
    const { cold, warm } = builds();
    console.log(`cold build: ${cold.seconds.toFixed(1)} s (${cold.diagrams})`);
    console.log(`warm build: ${warm.seconds.toFixed(1)} s (${warm.diagrams})`);
  }
  const pages = loadPages().filter((p) => !p.isIndex);
  const docUrl = (file: string) => '/docs/' + file.replace(/\.mdx?$/, '');
  const hasPlayground = (body: string) => body.includes('<Playground');
  const textOnly = loadPages().find((p) => p.isIndex && mermaidBlocks(p.body).length === 0 && !hasPlayground(p.body))!;
  const diagram = pages.find((p) => mermaidBlocks(p.body).length > 0 && !hasPlayground(p.body)) ?? pages.find((p) => mermaidBlocks(p.body).length > 0)!;
  // 带沙箱的页：问题 21 里测的那一页（三个沙箱、带 Go 原文），没有时取第一个带沙箱的页。
  const sandbox = pages.find((p) => p.file === 'go-concurrency/csp-goroutine-channel.mdx') ?? pages.find((p) => hasPlayground(p.body))!;
  const targets: Array<[string, string]> = [
    ['home page', '/'],
    [`text-only page (${textOnly.file})`, docUrl(textOnly.file).replace(/\/index$/, '')],
    [`page with diagrams (${diagram.file})`, docUrl(diagram.file)],
    [`page with sandboxes (${sandbox.file})`, docUrl(sandbox.file)],
  ];
  const runs = Number(argValue('--runs') ?? 3);
  if (process.argv.includes('--lighthouse-only')) return lighthouseFigures(targets, runs);
  const server = await serveStatic(BUILD);
  const browser = await launch();
  try {
    for (const [label, path] of targets) {
      const ctx = await browser.newContext();
      const { beforeLoad: b, untilIdle: u, mermaidJs } = await pageAssets(await ctx.newPage(), server.url + path);
      console.log(
        `${label}: before load JS ${kb(b.js)} + CSS ${kb(b.css)} gzip (${b.files} files); ` +
          `until network idle JS ${kb(u.js)} + CSS ${kb(u.css)} gzip (${u.files} files); Mermaid library JS ${kb(mermaidJs)}`,
      );
      await ctx.close();
    }
    console.log(formatSearchFigures(await searchFigures(BUILD)));
    const ctx = await browser.newContext();
    const s = await sandboxTimings(await ctx.newPage(), server.url + docUrl(sandbox.file));
    console.log(`sandbox: first run ${s.first.toFixed(0)} ms to first output, later run ${s.again.toFixed(0)} ms; loading it adds ${kb(s.addedJs)} gzip`);
    await ctx.close();
    const warmCtx = await browser.newContext();
    const warm = await warmFirstRun(await warmCtx.newPage(), server.url + docUrl(sandbox.file));
    console.log(`sandbox: first run after scrolling to it (editor and sandbox preloaded) ${warm.toFixed(0)} ms to first output`);
    await warmCtx.close();
  } finally {
    await browser.close();
    await server.close();
  }
  await lighthouseFigures(targets, runs);
}

void main();
