// 找出页面里的 ```mermaid 代码块，确保每张图的浅色、深色 SVG 都在缓存里（缺的才渲染）。
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { cacheKey, mermaidVersion, readCached, writeCached, ROOT, type RenderedSvg } from './cache';
import { DIAGRAM_THEMES, MERMAID_CONFIG, type DiagramTheme } from './themes';
import { renderInBrowser, type RenderJob } from './render-in-browser';

export interface DiagramSource {
  /** 相对仓库根目录的文件路径，用在报错里。 */
  file: string;
  /** ```mermaid 那一行在文件里的行号（从 1 开始）。 */
  line: number;
  code: string;
}

export type RenderedDiagram = Record<DiagramTheme, RenderedSvg>;

export class MermaidSyntaxError extends Error {}

/** 文件里的 ```mermaid 代码块，行号按整个文件（含 front matter）计。 */
export function diagramsInFile(path: string, text = readFileSync(path, 'utf8')): DiagramSource[] {
  const file = relative(ROOT, path).split('\\').join('/');
  const out: DiagramSource[] = [];
  const re = /^```mermaid[^\n]*\n([\s\S]*?)^```\s*$/gm;
  for (const m of text.matchAll(re)) out.push({ file, line: text.slice(0, m.index).split('\n').length, code: m[1]! });
  return out;
}

/** Mermaid 的报错写的是图里的第几行；换成文件里的行号。 */
export function formatSyntaxError(d: DiagramSource, message: string): string {
  const inDiagram = /on line (\d+)/i.exec(message);
  // 停在文件结尾的错误（"got 'EOF'"）报的行号会超出图的最后一行。
  const lastLine = d.line + d.code.replace(/\n$/, '').split('\n').length;
  const line = inDiagram ? Math.min(d.line + Number(inDiagram[1]), lastLine) : d.line;
  const text = message.split('\n').filter((l) => l.trim()).slice(0, 4).join(' | ');
  return `${d.file}:${line}: Mermaid 语法错误（第 ${d.line} 行开始的图）：${text}`;
}

/**
 * SVG 文字模式（htmlLabels: false）把带引号的标签当 Markdown 处理，里面的 `>`、`<` 会被吞掉
 * （"> 32 KB" 画成 "32 KB"，"h >>> 16" 画成 "h 16"）。换成 Mermaid 的实体写法 #gt; / #lt;，画出来还是原字符。
 */
export function protectAngleBrackets(code: string): string {
  return code.replace(/"[^"\n]*"/g, (quoted) => quoted.replace(/<(?!br\s*\/?>)/gi, '#lt;').replace(/(?<!<br\s*\/?)>/gi, '#gt;'));
}

function jobId(key: string): string {
  return `mmd-${key.slice(0, 12)}`;
}

export interface EnsureStats {
  diagrams: number;
  rendered: number;
  cached: number;
}

/** 返回与 diagrams 一一对应的两份 SVG；有语法错误时抛出 MermaidSyntaxError，列出每一处的页面和行号。 */
export async function ensureRendered(diagrams: DiagramSource[], stats?: EnsureStats): Promise<RenderedDiagram[]> {
  const version = mermaidVersion();
  const keys = diagrams.map((d) => Object.fromEntries(DIAGRAM_THEMES.map((t) => [t, cacheKey(d.code, MERMAID_CONFIG[t], version)])) as Record<DiagramTheme, string>);
  const found = new Map<string, RenderedSvg>();
  const jobs: Array<RenderJob & { key: string; diagram: number }> = [];
  diagrams.forEach((d, i) => {
    for (const t of DIAGRAM_THEMES) {
      const key = keys[i]![t];
      if (found.has(key) || jobs.some((j) => j.key === key)) continue;
      const hit = readCached(key);
      if (hit) found.set(key, hit);
      else jobs.push({ id: jobId(key), code: protectAngleBrackets(d.code), config: MERMAID_CONFIG[t], key, diagram: i });
    }
  });
  const outcomes = await renderInBrowser(jobs);
  const errors = new Set<string>();
  outcomes.forEach((o, i) => {
    const job = jobs[i]!;
    if (o.ok) {
      const value = { svg: o.svg, width: o.width, height: o.height };
      writeCached(job.key, value);
      found.set(job.key, value);
    } else errors.add(formatSyntaxError(diagrams[job.diagram]!, o.error));
  });
  if (errors.size > 0) throw new MermaidSyntaxError([...errors].join('\n'));
  if (stats) {
    stats.diagrams += diagrams.length;
    stats.rendered += jobs.length;
    stats.cached += diagrams.length * DIAGRAM_THEMES.length - jobs.length;
  }
  return keys.map((k) => Object.fromEntries(DIAGRAM_THEMES.map((t) => [t, found.get(k[t])!])) as RenderedDiagram);
}
