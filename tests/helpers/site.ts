// e2e 测试共用：构建产物的位置、服务器和浏览器的生命周期。
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launch, type Watched } from './browser';
import { serveStatic, type RunningServer } from './static-server';

export const BUILD_DIR = join(__dirname, '..', '..', 'build');

export async function startSite(): Promise<{ server: RunningServer; browser: Browser }> {
  if (!existsSync(join(BUILD_DIR, 'index.html'))) {
    throw new Error('没有找到 build/：先运行 npm run build（npm test 会自动构建）');
  }
  const server = await serveStatic(BUILD_DIR);
  const browser = await launch();
  return { server, browser };
}

export interface SiteSession {
  server: RunningServer;
  browser: Browser;
  /** 本文件打开过的页面：最后用 assertCleanVisits 检查它们。 */
  visited: Watched[];
}

/** 在当前测试文件里注册 before/after：启动静态服务器和 chromium，结束时关闭。 */
export function useSite(): SiteSession {
  const session = { visited: [] as Watched[] } as SiteSession;
  before(async () => {
    Object.assign(session, await startSite());
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** 打开过的页面没有请求 127.0.0.1 以外的主机，也没有控制台错误。 */
export function assertCleanVisits(visited: Watched[], atLeast: number): void {
  assert.ok(visited.length >= atLeast, `只打开了 ${visited.length} 个页面`);
  assert.deepEqual(visited.flatMap((w) => w.foreignRequests), []);
  assert.deepEqual(visited.flatMap((w) => w.consoleErrors), []);
}

/** docs/ 下的文件 → 站点路径：mysql/index.mdx → /docs/mysql。 */
export function docPath(file: string): string {
  return '/docs/' + file.replace(/\.mdx?$/, '').replace(/\/index$/, '');
}
