// 生产构建里 SVG 不放进页面的 JS 块（否则每张图在 HTML 和 JS 里各有一份）：
// remark 插件把加好文字替代的 SVG 按内容哈希存进缓存目录，组件只带哈希；构建结束时 injectSvgFiles 把 SVG 填回 HTML。
// 整页加载时图就在 HTML 里；站内跳转过来时组件取这一页的 HTML，从里面拿出 SVG（见 MermaidDiagram）。
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from './cache';
import { SVG_SLOT_ATTR } from '../../components/MermaidDiagram/svgs-in-html';

export const SVG_FILES_DIR = join(CACHE_DIR, 'files');

/** 存下 SVG，返回它的 id（内容哈希的前 16 位）。 */
export function writeSvgFile(svg: string, dir = SVG_FILES_DIR): string {
  const id = createHash('sha256').update(svg).digest('hex').slice(0, 16);
  const file = join(dir, `${id}.svg`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, svg);
    renameSync(tmp, file);
  }
  return id;
}

// 组件服务端渲染出的空占位：<div class="mermaid-diagram__svg …" data-svg="<id>"></div>。
const PLACEHOLDER = new RegExp(String.raw`(<div\b[^>]*?${SVG_SLOT_ATTR}[^>]*>)(<\/div>)`, 'g');

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) htmlFiles(path, out);
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

export interface InjectStats {
  pages: number;
  diagrams: number;
}

export function injectSvgFiles(outDir: string, dir = SVG_FILES_DIR): InjectStats {
  const stats: InjectStats = { pages: 0, diagrams: 0 };
  for (const page of htmlFiles(outDir)) {
    const html = readFileSync(page, 'utf8');
    let count = 0;
    const filled = html.replace(PLACEHOLDER, (_, open: string, id: string, close: string) => {
      const src = join(dir, `${id}.svg`);
      if (!existsSync(src)) throw new Error(`[mermaid-static] ${page} 引用的图 ${id} 不在缓存里（先 docusaurus clear 再构建）`);
      count++;
      return open + readFileSync(src, 'utf8') + close;
    });
    if (count === 0) continue;
    stats.pages++;
    stats.diagrams += count;
    // 先写临时文件再改名：并行运行的其他 postBuild（搜索索引）不会读到写了一半的页面。
    const tmp = `${page}.${process.pid}.tmp`;
    writeFileSync(tmp, filled);
    renameSync(tmp, page);
  }
  return stats;
}

