// e2e 测试共用：构建产物的位置、服务器和浏览器的生命周期。
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
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
