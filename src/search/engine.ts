// 搜索引擎本体：浏览器（导航栏、搜索页）和 Node（单元测试、bench）共用，取文件的方式由调用方给出。
// 第一次查询取 meta.json 和这次查询的词所在的分片；取过的分片和正文留在内存里，之后的查询不再下载。
import { WEIGHT_SCALE, bloomHas, decodeBase64, type RecordText, type SearchMeta, type Shard } from './format';
import { compact, normalize, queryUnits, shardOf, wordCandidates, type QueryUnit } from './tokenize';

/** 取 search-index/ 下的一个文件并解析 JSON。 */
export type Loader = (file: string) => Promise<unknown>;

export interface SearchResult {
  record: number;
  score: number;
  kind: 'question' | 'page';
  /** 不含 baseUrl 的链接：docs/mysql/indexes#leftmost-prefix。 */
  url: string;
  title: string;
  page: string;
  category: string;
}

export interface SearchResults {
  query: string;
  units: QueryUnit[];
  /** 按得分排好的全部结果（每道题最多一条）。 */
  results: SearchResult[];
  questions: number;
  pages: number;
}

/** 一段带高亮的文字：[开始, 结束) 是要标出的区间。 */
export interface Highlighted {
  text: string;
  marks: Array<[number, number]>;
}

// 打分的参数（构建时的 BM25F 参数见 src/plugins/search-index/build.ts）。
/** 命中的查询词占比（按 idf 加权）对得分的影响：score × (FLOOR + (1 − FLOOR) × 覆盖率²)。 */
const COVERAGE_FLOOR = 0.2;
/**
 * 标题里出现的查询词（按 idf 加权的占比）：得分 × (1 + TITLE_TERM_BONUS × 占比)；
 * 查询的某一段原样出现在标题里（短语）再按段的占比 × (1 + TITLE_PHRASE_BONUS × 占比)；标题就是查询本身再 × EXACT_TITLE_BONUS。
 */
const TITLE_TERM_BONUS = 0.6;
const TITLE_PHRASE_BONUS = 0.5;
const EXACT_TITLE_BONUS = 1.5;
/** 页面级记录（分类首页、页面导语）排在同样匹配的问题之后。 */
const PAGE_RECORD_FACTOR = 0.35;
/** 结果至少要有第一名得分的这个比例，并至少覆盖这么多查询词：只沾到“什么”“怎么”的不算结果。 */
const MIN_RELATIVE_SCORE = 0.04;
const MIN_COVERAGE = 0.34;

export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

interface TermInfo {
  term: string;
  /** 属于哪一段查询（词表里的词属于包含它的那一段）。 */
  unit: number;
  /** 词表里认出的三个字以上的词：不计入覆盖率的分母，命中时是额外的加分。 */
  word: boolean;
}

export class SearchEngine {
  private metaPromise: Promise<SearchMeta> | null = null;
  private bloom: Uint8Array | null = null;
  private shards = new Map<number, Promise<Shard>>();
  private texts = new Map<number, Promise<RecordText>>();

  constructor(private readonly load: Loader) {}

  meta(): Promise<SearchMeta> {
    this.metaPromise ??= this.load('meta.json').then((m) => {
      const meta = m as SearchMeta;
      this.bloom = decodeBase64(meta.words.bits);
      return meta;
    });
    this.metaPromise.catch(() => (this.metaPromise = null));
    return this.metaPromise;
  }

  /** 查询要用到的文件（meta.json 之外）：bench 和测试用它算第一次查询的下载量。 */
  async filesFor(query: string, shown = 0): Promise<string[]> {
    const meta = await this.meta();
    const { terms } = this.terms(meta, query);
    const shards = [...new Set(terms.map((t) => shardOf(t.term, meta.shards.length)))].map((i) => meta.shards[i]!);
    const results = shown > 0 ? (await this.search(query)).results.slice(0, shown) : [];
    return [...shards, ...results.map((r) => meta.records[r.record]![3])];
  }

  private terms(meta: SearchMeta, query: string): { units: QueryUnit[]; terms: TermInfo[] } {
    const units = queryUnits(query);
    const terms: TermInfo[] = [];
    const seen = new Set<string>();
    units.forEach((u, i) => {
      for (const term of u.terms) {
        if (seen.has(term)) continue;
        seen.add(term);
        terms.push({ term, unit: i, word: false });
      }
      if (!u.cjk || !this.bloom) return;
      for (const w of wordCandidates(u.text)) {
        if (seen.has(w) || !bloomHas(this.bloom, meta.words.m, meta.words.k, w)) continue;
        seen.add(w);
        terms.push({ term: w, unit: i, word: true });
      }
    });
    return { units, terms };
  }

  private shard(meta: SearchMeta, i: number): Promise<Shard> {
    let p = this.shards.get(i);
    if (!p) {
      p = this.load(meta.shards[i]!) as Promise<Shard>;
      this.shards.set(i, p);
      p.catch(() => this.shards.delete(i));
    }
    return p;
  }

  async search(query: string): Promise<SearchResults> {
    const meta = await this.meta();
    const n = meta.records.length;
    const { units, terms } = this.terms(meta, query);
    const empty: SearchResults = { query, units, results: [], questions: 0, pages: 0 };
    if (terms.length === 0) return empty;
    const shardIds = [...new Set(terms.map((t) => shardOf(t.term, meta.shards.length)))];
    const loaded = new Map<number, Shard>();
    await Promise.all(shardIds.map(async (i) => loaded.set(i, await this.shard(meta, i))));

    const score = new Float64Array(n);
    // 每一段查询：索引里存在的词的 idf 总和，以及每条记录命中的 idf 总和。
    const unitTotal = new Float64Array(units.length);
    const termIdf: Array<[string, number]> = [];
    const unitHit = units.map(() => new Float64Array(n));
    const touched = new Set<number>();
    for (const t of terms) {
      const postings = loaded.get(shardOf(t.term, meta.shards.length))?.[t.term];
      if (!postings || postings.length === 0) continue;
      const w = idf(postings.length / 2, n);
      if (!t.word) {
        unitTotal[t.unit]! += w;
        termIdf.push([t.term, w]);
      }
      let rec = 0;
      for (let i = 0; i < postings.length; i += 2) {
        rec += postings[i]!;
        score[rec]! += postings[i + 1]! / WEIGHT_SCALE;
        if (!t.word) unitHit[t.unit]![rec]! += w;
        touched.add(rec);
      }
    }
    const liveUnits = units.map((_, i) => i).filter((i) => unitTotal[i]! > 0);
    if (liveUnits.length === 0) return empty;
    const compactQuery = compact(query);
    const unitTexts = units.map((u) => compact(u.text));

    const results: SearchResult[] = [];
    for (const rec of touched) {
      const row = meta.records[rec]!;
      const coverage = liveUnits.reduce((s, i) => s + Math.min(1, unitHit[i]![rec]! / unitTotal[i]!), 0) / liveUnits.length;
      if (coverage < MIN_COVERAGE) continue;
      let s = score[rec]! * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage * coverage);
      const title = compact(row[2]);
      const idfTotal = termIdf.reduce((a, [, w]) => a + w, 0);
      const termsInTitle = termIdf.reduce((a, [t, w]) => a + (title.includes(t) ? w : 0), 0) / idfTotal;
      const phrasesInTitle = unitTexts.filter((u) => u && title.includes(u)).length / Math.max(1, units.length);
      s *= (1 + TITLE_TERM_BONUS * termsInTitle) * (1 + TITLE_PHRASE_BONUS * phrasesInTitle);
      if (title === compactQuery) s *= EXACT_TITLE_BONUS;
      const kind = row[1] ? 'question' : 'page';
      if (kind === 'page') s *= PAGE_RECORD_FACTOR;
      const page = meta.pages[row[0]]!;
      results.push({
        record: rec,
        score: s,
        kind,
        url: row[1] ? `${page[0]}#${row[1]}` : page[0],
        title: row[2],
        page: page[1],
        category: meta.categories[page[2]] ?? '',
      });
    }
    results.sort((a, b) => b.score - a.score || a.record - b.record);
    const top = results[0]?.score ?? 0;
    const kept = results.filter((r) => r.score >= top * MIN_RELATIVE_SCORE);
    return {
      query,
      units,
      results: kept,
      questions: kept.filter((r) => r.kind === 'question').length,
      pages: kept.filter((r) => r.kind === 'page').length,
    };
  }

  /** 一条记录的正文段落（按需下载，留在内存里）。 */
  async text(record: number): Promise<RecordText> {
    const meta = await this.meta();
    let p = this.texts.get(record);
    if (!p) {
      p = this.load(meta.records[record]![3]) as Promise<RecordText>;
      this.texts.set(record, p);
      p.catch(() => this.texts.delete(record));
    }
    return p;
  }

  /** 一道题里最能说明命中的段落，最多 max 段（每道题最多两条命中）。 */
  async hits(result: SearchResult, units: QueryUnit[], max = 2): Promise<Highlighted[]> {
    return bestPassages(await this.text(result.record), units, max);
  }
}

/** 按 UTF-16 码元逐个归一化（NFKC、小写），长度不变：高亮区间可以直接用在原文上。 */
function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const n = normalize(ch);
    out += n.length === ch.length ? n : ch.length === ch.toLowerCase().length ? ch.toLowerCase() : ch;
  }
  return out;
}

function findAll(haystack: string, needle: string, out: Array<[number, number]>): boolean {
  if (!needle) return false;
  let found = false;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
    // 英文词只在词边界处算数：查 “go” 不标出 “google” 里的 go。
    if (/^[a-z0-9]/.test(needle)) {
      const before = haystack[i - 1] ?? ' ';
      const after = haystack[i + needle.length] ?? ' ';
      if (/[a-z0-9_]/.test(before) || (/[a-z0-9_]/.test(after) && !/\+$/.test(needle))) continue;
    }
    out.push([i, i + needle.length]);
    found = true;
  }
  return found;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * 文本里查询各段出现的位置：先找整段原文；四个字以上的中文段找不到整段时标出它的二元组（相邻的合并成一处），
 * 英文复合词找不到整体时标出各部分。返回合并后的区间和命中了几段。
 */
export function highlight(text: string, units: QueryUnit[]): Highlighted & { matchedUnits: number; wholeUnits: number } {
  const folded = foldSameLength(text);
  const ranges: Array<[number, number]> = [];
  let matchedUnits = 0;
  let wholeUnits = 0;
  for (const u of units) {
    if (findAll(folded, u.text, ranges)) {
      matchedUnits += 1;
      wholeUnits += 1;
      continue;
    }
    // 三个字以内的中文词只标整词：“调度器”不把“调度”标出来，免得看起来像命中了。
    if (u.cjk && Array.from(u.text).length <= 3) continue;
    let any = false;
    for (const t of u.terms) if (t !== u.text && findAll(folded, t, ranges)) any = true;
    if (any) matchedUnits += 1;
  }
  return { text, marks: mergeRanges(ranges), matchedUnits, wholeUnits };
}

/** 把长段落截成以第一个高亮为中心的一段。 */
export function window(h: Highlighted, maxLength = 110): Highlighted {
  const chars = h.text;
  if (chars.length <= maxLength) return h;
  const first = h.marks[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(maxLength / 4), chars.length - maxLength));
  // 不把一个代理对切成两半。
  if (start > 0 && /[\udc00-\udfff]/.test(chars[start]!)) start -= 1;
  let end = Math.min(chars.length, start + maxLength);
  if (end < chars.length && /[\udc00-\udfff]/.test(chars[end]!)) end += 1;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < chars.length ? '…' : '';
  const shift = prefix.length - start;
  const marks = h.marks
    .filter(([a, b]) => b > start && a < end)
    .map(([a, b]) => [Math.max(a, start) + shift, Math.min(b, end) + shift] as [number, number]);
  return { text: prefix + chars.slice(start, end) + suffix, marks };
}

/** 给段落打分（命中整段的查询多的优先），取最好的 max 段；都没命中时取第一段（速答）。 */
export function bestPassages(passages: RecordText, units: QueryUnit[], max = 2): Highlighted[] {
  const scored = passages
    .map((p, i) => {
      const h = highlight(p, units);
      const covered = h.marks.reduce((n, [a, b]) => n + (b - a), 0);
      return { i, h, score: h.matchedUnits * 10 + h.wholeUnits * 5 + Math.min(covered, 20) / 10 };
    })
    .filter((x) => x.h.marks.length > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i);
  if (scored.length === 0) return passages.length > 0 ? [window({ text: passages[0]!, marks: [] })] : [];
  return scored.map((x) => window(x.h));
}

/** 标题的高亮（不截断）。 */
export function highlightTitle(title: string, units: QueryUnit[]): Highlighted {
  const { text, marks } = highlight(title, units);
  return { text, marks };
}

/** 一段高亮文字 → [{text, mark}] 片段，交给 React 渲染。 */
export function segments(h: Highlighted): Array<{ text: string; mark: boolean }> {
  const out: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const [a, b] of h.marks) {
    if (a > at) out.push({ text: h.text.slice(at, a), mark: false });
    out.push({ text: h.text.slice(a, b), mark: true });
    at = b;
  }
  if (at < h.text.length) out.push({ text: h.text.slice(at), mark: false });
  return out;
}
