// 渲染结果的磁盘缓存：键是（图的源码、主题配置、Mermaid 版本、后处理格式）的哈希。
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
/** `docusaurus clear` 会清掉 node_modules/.cache：清完就是冷构建。 */
export const CACHE_DIR = process.env.MERMAID_CACHE_DIR ?? join(ROOT, 'node_modules', '.cache', 'mermaid-static');
/** 改了渲染前的源码处理或 render-in-browser.ts 的后处理就加一。 */
export const RENDER_FORMAT = 6;

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

export function mermaidVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'mermaid', 'package.json'), 'utf8')) as { version: string }).version;
}

export function cacheKey(source: string, themeConfig: unknown, version: string): string {
  return createHash('sha256').update(JSON.stringify({ source: source.trim(), themeConfig, version, format: RENDER_FORMAT })).digest('hex');
}

export function readCached(key: string, dir = CACHE_DIR): RenderedSvg | null {
  const file = join(dir, `${key}.json`);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RenderedSvg;
  } catch {
    return null;
  }
}

export function writeCached(key: string, value: RenderedSvg, dir = CACHE_DIR): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.json`);
  // 先写临时文件再改名：并行编译的 MDX 不会读到写了一半的文件。
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
}
