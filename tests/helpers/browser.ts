// 用 Debian 的 chromium 跑 Playwright：记录每个发往 127.0.0.1 以外主机的请求和控制台错误。
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/lib/chromium';

export interface Watched {
  page: Page;
  foreignRequests: string[];
  consoleErrors: string[];
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function isForeign(url: string): boolean {
  if (/^(data|blob|about|chrome-error):/.test(url)) return false;
  try {
    return new URL(url).hostname !== '127.0.0.1';
  } catch {
    return true;
  }
}

export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const w: Watched = { page, foreignRequests: [], consoleErrors: [] };
  // 在网络层拦下外部请求：既记录下来，也不让它真的发出去。
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isForeign(url)) {
      w.foreignRequests.push(url);
      return route.abort();
    }
    return route.continue();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => w.consoleErrors.push(`pageerror: ${err.message}`));
  return w;
}

/**
 * 站内跳转时地址栏先变，新页面要等它的块加载完才换上，waitForURL 之后旧页面可能还在。
 * 等正文标题换成目标页的，返回当时的标题（超时就返回旧标题，让调用方的断言报出来）。
 */
export async function articleTitleAfterNavigation(page: Page, expected: string): Promise<string | undefined> {
  await page
    .waitForFunction((want) => document.querySelector('article h1')?.textContent?.trim() === want, expected, { timeout: 10_000 })
    .catch(() => undefined);
  return (await page.locator('article h1').first().textContent())?.trim();
}
