// 从构建好的 HTML 里取出每道题的文字，建分片的倒排索引（格式见 src/search/format.ts）。
// 每道题 = remark-question-sections 包出来的 <div data-question="页面#id">：## 标题、它的 id、正文；
// 分类首页和内容页在第一道题之前的导语作为页面级记录。
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { CATEGORIES } from '../../data/categories';
import { FORMAT_VERSION, WEIGHT_SCALE, buildBloom, type PageRow, type RecordRow, type SearchMeta, type Shard } from '../../search/format';
import { cjkRuns, isIndexedWord, normalize, shardOf, textTerms, titleTerms } from '../../search/tokenize';
import { idf } from '../../search/engine';

/** 不进索引：示例的按钮和输出、进度面板等（.search-ignore）、代码块、图、沙箱、标题旁的 # 链接。 */
export const IGNORE_SELECTORS = ['.search-ignore', '.theme-code-block', '.mermaid-diagram__scroll', 'figure[data-example]', 'pre', 'svg', 'button', '.hash-link', 'script', 'style'];
/** 每道题都有的小标题：不当作标题字段，也不作为结果标题出现。 */
export const GENERIC_HEADING = /^(详解|追问|速答)/;

export interface ExtractedRecord {
  /** 页面路径（不含 baseUrl）：docs/mysql/indexes。 */
  page: string;
  pageTitle: string;
  category: string;
  /** 问题锚点；页面级记录为空串。 */
  anchor: string;
  title: string;
  /** 非通用的小标题与加粗的要点。 */
  headings: string[];
  /** 正文段落（段落、列表项、表格行、图注）。 */
  passages: string[];
}

const BLOCKS = 'p, li, tr, h3, h4, h5, h6, figcaption, dt, dd, blockquote';

function clean(text: string): string {
  return text.replace(/[\u200b\u00a0\s]+/g, ' ').trim();
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

/** 一个块的文字，不含嵌在里面、单独成段的块（嵌套列表、列表项里的段落）。 */
function ownText($: cheerio.CheerioAPI, el: Element): string {
  if (el.tagName === 'tr') return $(el).children('th, td').map((_, c) => clean($(c).text())).get().filter(Boolean).join(' · ');
  const copy = $(el).clone();
  copy.find('ul, ol, p, table, div, blockquote, figure').remove();
  return clean(copy.text());
}

function collect($: cheerio.CheerioAPI, root: cheerio.Cheerio<AnyNode>): { headings: string[]; passages: string[] } {
  const headings: string[] = [];
  const passages: string[] = [];
  root.find(BLOCKS).each((_, el) => {
    const text = ownText($, el as Element);
    if (!text) return;
    if (/^h[3-6]$/.test((el as Element).tagName)) {
      if (!GENERIC_HEADING.test(text)) {
        headings.push(text);
        passages.push(text);
      }
      return;
    }
    passages.push(text);
  });
  root.find('strong').each((_, el) => {
    const text = clean($(el).text()).replace(/[。：:]$/, '');
    if (text && text.length <= 40) headings.push(text);
  });
  return { headings, passages };
}

export function categoryLabels(siteDir: string): Map<string, string> {
  const labels = new Map(CATEGORIES.map((c) => [c.id, c.label]));
  for (const c of CATEGORIES) {
    try {
      const json = JSON.parse(readFileSync(join(siteDir, 'docs', c.id, '_category_.json'), 'utf8')) as { label?: string };
      if (json.label) labels.set(c.id, json.label);
    } catch {
      // 没有 _category_.json 时用 categories.ts 里的名称。
    }
  }
  return labels;
}

/** 一个构建好的文档页 → 它的记录。 */
export function extractPage(html: string, page: string, category: string): ExtractedRecord[] {
  const $ = cheerio.load(html);
  const article = $('article').first();
  const markdown = article.find('.theme-doc-markdown').first();
  if (markdown.length === 0) return [];
  markdown.find(IGNORE_SELECTORS.join(', ')).remove();
  const pageTitle = clean(markdown.find('header h1').first().text()) || clean($('title').text());
  const records: ExtractedRecord[] = [];
  const sections = markdown.find('[data-question]');
  sections.each((_, el) => {
    const section = $(el);
    const h2 = section.find('h2[id]').first();
    const anchor = h2.attr('id') ?? String(section.attr('data-question')).split('#')[1] ?? '';
    const title = clean(h2.text());
    h2.remove();
    const { headings, passages } = collect($, section);
    records.push({ page, pageTitle, category, anchor, title, headings, passages });
  });
  // 页面级记录：题目之外的文字。分类首页只取段落（“本类页面与问题”里的题目列表就是各题的标题，不重复收录）。
  sections.remove();
  const isIndex = sections.length === 0;
  const intro = isIndex ? markdown.find('p').map((_, p) => clean($(p).text())).get().filter(Boolean) : collect($, markdown).passages;
  if (intro.length > 0 || isIndex) records.unshift({ page, pageTitle, category, anchor: '', title: pageTitle, headings: [], passages: intro });
  return records;
}

/** build/docs 下全部页面的记录，按页面路径排序。 */
export function extractRecords(buildDir: string, siteDir: string): ExtractedRecord[] {
  const labels = categoryLabels(siteDir);
  const docsDir = join(buildDir, 'docs');
  const out: ExtractedRecord[] = [];
  for (const file of htmlFiles(docsDir).sort()) {
    const page = relative(buildDir, file).split('\\').join('/').replace(/\.html$/, '').replace(/\/index$/, '');
    const category = page.split('/')[1] ?? '';
    if (!labels.has(category)) continue;
    out.push(...extractPage(readFileSync(file, 'utf8'), page, labels.get(category)!));
  }
  return out;
}

export type Segmenter = (text: string) => string[];

/** jieba（加载 search/zh-dict.txt 这份领域词典）：只在构建时用。 */
export function jiebaSegmenter(dictPath: string): Segmenter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  try {
    jieba.loadDict(readFileSync(dictPath));
  } catch (e) {
    // 同一进程里已经加载过（例如测试里第二次建索引）。
    if (!/loaded/.test((e as Error).message)) throw e;
  }
  return (text) => jieba.cutForSearch(text, false);
}

// BM25 按字段分别饱和、再按字段加权求和：标题里出现一次就胜过正文里出现很多次（标题 ≫ 小标题 ≫ 正文）。
// 页面标题对这一页的每道题都一样，只在各页之间起作用，权重最低。
export const FIELD_BOOST = { title: 6, headings: 2, page: 0.6, body: 1 } as const;
type Field = keyof typeof FIELD_BOOST;
const K1 = 1.2;
// 标题不按长度归一化：两个标题都含查询时，不因为一个更短就排在前面。
const B: Record<Field, number> = { title: 0, headings: 0.5, page: 0, body: 0.75 };

function wordsOf(text: string, segment: Segmenter): string[] {
  const out: string[] = [];
  for (const run of cjkRuns(normalize(text))) {
    if (Array.from(run).length < 3) continue;
    for (const w of segment(run)) if (isIndexedWord(w)) out.push(w);
  }
  return out;
}

function fieldTerms(r: ExtractedRecord, segment: Segmenter): Record<Field, string[]> {
  const body = r.passages.join('\n');
  const headings = r.headings.join('\n');
  return {
    title: [...titleTerms(r.title), ...wordsOf(r.title, segment)],
    headings: [...textTerms(headings), ...wordsOf(headings, segment)],
    // 页面级记录的标题就是页面标题，不再算一遍。
    page: r.anchor ? [...titleTerms(r.pageTitle), ...wordsOf(r.pageTitle, segment)] : [],
    body: [...textTerms(body), ...wordsOf(body, segment)],
  };
}

export interface BuiltIndex {
  /** search-index/ 下的相对路径 → 文件内容。 */
  files: Map<string, string>;
  meta: SearchMeta;
  stats: { records: number; terms: number; shards: number; words: number; shardGzipMax: number; metaGzip: number };
}

const hash8 = (s: string) => createHash('md5').update(s).digest('hex').slice(0, 8);
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

/** 目标：每个分片压缩后约这么大（一次查询的每个词取一个分片，分片小，第一次查询下载的就少）。 */
const SHARD_TARGET_GZIP = 8 * 1024;

export function buildIndex(records: ExtractedRecord[], segment: Segmenter, categories: string[]): BuiltIndex {
  const fields = records.map((r) => fieldTerms(r, segment));
  const fieldNames = Object.keys(FIELD_BOOST) as Field[];
  const avg = Object.fromEntries(fieldNames.map((f) => [f, fields.reduce((n, x) => n + x[f].length, 0) / Math.max(1, records.length)])) as Record<Field, number>;
  // 词 → 记录号 → 各字段饱和后的加权和（不含 idf）。
  const tf = new Map<string, Map<number, number>>();
  const words = new Set<string>();
  fields.forEach((fx, rec) => {
    for (const f of fieldNames) {
      const len = fx[f].length;
      const norm = 1 - B[f] + B[f] * (len / Math.max(1, avg[f]));
      const counts = new Map<string, number>();
      for (const term of fx[f]) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, c] of counts) {
        if (isIndexedWord(term)) words.add(term);
        const t = c / norm;
        let m = tf.get(term);
        if (!m) tf.set(term, (m = new Map()));
        m.set(rec, (m.get(rec) ?? 0) + (FIELD_BOOST[f] * (t * (K1 + 1))) / (t + K1));
      }
    }
  });
  const n = records.length;
  const postings = new Map<string, number[]>();
  for (const [term, m] of tf) {
    const w = idf(m.size, n);
    const flat: number[] = [];
    let prev = 0;
    for (const rec of [...m.keys()].sort((a, b) => a - b)) {
      flat.push(rec - prev, Math.max(1, Math.round(w * m.get(rec)! * WEIGHT_SCALE)));
      prev = rec;
    }
    postings.set(term, flat);
  }
  const wholeGzip = gz(JSON.stringify(Object.fromEntries(postings)));
  const shardCount = Math.max(1, Math.ceil(wholeGzip / SHARD_TARGET_GZIP));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({}));
  for (const term of [...postings.keys()].sort()) shards[shardOf(term, shardCount)]![term] = postings.get(term)!;

  const files = new Map<string, string>();
  const shardNames = shards.map((s, i) => {
    const json = JSON.stringify(s);
    const name = `shard-${i}.${hash8(json)}.json`;
    files.set(name, json);
    return name;
  });
  const pages: PageRow[] = [];
  const pageIndex = new Map<string, number>();
  const rows: RecordRow[] = records.map((r, i) => {
    let p = pageIndex.get(r.page);
    if (p === undefined) {
      p = pages.length;
      pageIndex.set(r.page, p);
      pages.push([r.page, r.pageTitle, Math.max(0, categories.indexOf(r.category))]);
    }
    const json = JSON.stringify(r.passages);
    const name = `text/${i}.${hash8(json)}.json`;
    files.set(name, json);
    return [p, r.anchor, r.title, name];
  });
  const bloom = buildBloom(words, words.size, 0.01);
  const metaBody = { format: FORMAT_VERSION, categories, pages, records: rows, shards: shardNames, words: { bits: Buffer.from(bloom.bytes).toString('base64'), m: bloom.m, k: bloom.k } };
  const meta: SearchMeta = { ...metaBody, version: hash8(JSON.stringify(metaBody)) };
  const metaJson = JSON.stringify(meta);
  files.set('meta.json', metaJson);
  return {
    files,
    meta,
    stats: {
      records: n,
      terms: postings.size,
      shards: shardCount,
      words: words.size,
      shardGzipMax: Math.max(...shardNames.map((s) => gz(files.get(s)!))),
      metaGzip: gz(metaJson),
    },
  };
}
