// 读取 docs/ 下的页面：front matter、问题标题及其 id。coverage 与页面检查共用。
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';

export const DOCS_DIR = join(__dirname, '..', '..', 'docs');

export interface PageFrontMatter {
  title?: string;
  description?: string;
  seed_ids?: string[];
  versions?: string[];
  [key: string]: unknown;
}

export interface Heading {
  depth: number;
  text: string;
  id: string | null;
  line: number;
}

export interface Page {
  file: string; // 相对 docs/，例如 mysql/transactions-mvcc-locks.mdx
  category: string;
  isIndex: boolean;
  frontMatter: PageFrontMatter;
  body: string;
  headings: Heading[];
}

export function listPageFiles(dir = DOCS_DIR): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listPageFiles(p));
    else if (/\.mdx?$/.test(entry.name)) out.push(p);
  }
  return out.sort();
}

export function parsePage(path: string): Page {
  const raw = readFileSync(path, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(raw);
  const frontMatter = (m ? (yaml.load(m[1]!) as PageFrontMatter) : {}) ?? {};
  const body = m ? raw.slice(m[0].length) : raw;
  const bodyStartLine = m ? m[0].split('\n').length - 1 : 0;
  const file = relative(DOCS_DIR, path).split('\\').join('/');
  return {
    file,
    category: file.includes('/') ? file.split('/')[0]! : '',
    isIndex: /(^|\/)index\.mdx?$/.test(file),
    frontMatter,
    body,
    headings: extractHeadings(body, bodyStartLine),
  };
}

/** 标题末尾的显式锚点 `{#id}`。 */
export const EXPLICIT_HEADING_ID = /\s*\{#([^}]*)\}\s*$/;

/** 代码块外的 ATX 标题；`{#id}` 是显式锚点。 */
export function extractHeadings(body: string, lineOffset = 0): Heading[] {
  const headings: Heading[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((line, i) => {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (f[1]!.startsWith(fence[0]!) && f[1]!.length >= fence.length) fence = null;
      return;
    }
    if (fence !== null) return;
    const h = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (!h) return;
    const idMatch = EXPLICIT_HEADING_ID.exec(h[2]!);
    headings.push({
      depth: h[1]!.length,
      text: idMatch ? h[2]!.slice(0, idMatch.index) : h[2]!,
      id: idMatch ? idMatch[1]! : null,
      line: lineOffset + i + 1,
    });
  });
  return headings;
}

export function loadPages(): Page[] {
  return listPageFiles().map(parsePage);
}
