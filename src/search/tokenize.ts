// 搜索的分词：构建时（src/plugins/search-index）和浏览器里用同一套规则。
// 中文按字的二元组（bigram）切，单字的片段保留单字；构建时再加上 jieba 切出的三个字以上的词（浏览器里不带 jieba，
// 查询里的这些词靠词表的布隆过滤器认出来，见 engine.ts）。英文和数字按词切，`io_uring`、`sync.Pool`、`next-key`
// 这样的复合词同时给出整体和各部分。

/** CJK 统一汉字（含扩展 A 和兼容区；NFKC 之后兼容区大多已映射回统一区）。 */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
/** 英文、数字和它们之间的连接符：a-z0-9_，中间可以有 . - /，末尾可以有 +（C++、B+）。 */
const WORD = /[a-z0-9_]+(?:[./-][a-z0-9_]+)*\+*/g;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/** 全角转半角、统一大小写。 */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** 文本里的中文片段（连续的汉字）。 */
export function cjkRuns(normalized: string): string[] {
  return normalized.match(CJK_RUN) ?? [];
}

/** 英文/数字词：复合词给出整体和各部分（按出现顺序，可能重复）。 */
export function latinWords(normalized: string): string[] {
  const out: string[] = [];
  for (const w of normalized.match(WORD) ?? []) {
    out.push(w);
    const parts = w.replace(/\++$/, '').split(/[._/-]+/).filter(Boolean);
    if (parts.length > 1 || parts[0] !== w) for (const p of parts) if (p !== w) out.push(p);
  }
  return out;
}

/** 一个中文片段的二元组；只有一个字时给出这个字。 */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return [run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** 正文的索引词（可重复，重复次数即词频）：英文词与中文二元组。jieba 的词由调用方另外加上。 */
export function textTerms(text: string): string[] {
  const n = normalize(text);
  const out = latinWords(n);
  for (const run of cjkRuns(n)) out.push(...bigrams(run));
  return out;
}

/** 标题里还加上每个汉字：只搜一个字（“锁”“树”）时也能命中标题。 */
export function titleTerms(text: string): string[] {
  const out = textTerms(text);
  for (const run of cjkRuns(normalize(text))) {
    const chars = Array.from(run);
    if (chars.length > 1) out.push(...chars);
  }
  return out;
}

/** jieba 的词里进索引的：三个字以上的纯中文词（两个字的词就是二元组）。 */
export function isIndexedWord(word: string): boolean {
  return Array.from(word).length >= 3 && Array.from(word).every(isCjk);
}

/** FNV-1a（按 UTF-16 码元）：词 → 分片号，Node 和浏览器里结果相同。 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function shardOf(term: string, shards: number): number {
  return fnv1a(term) % shards;
}

/** 查询里的一段：一个英文词或一个中文片段，高亮和“每段都命中”的加分按段计算。 */
export interface QueryUnit {
  text: string;
  cjk: boolean;
  /** 这一段对应的索引词（英文词本身与其部分；中文的二元组或单字）。 */
  terms: string[];
}

export function queryUnits(query: string): QueryUnit[] {
  const n = normalize(query);
  const units: QueryUnit[] = [];
  const re = new RegExp(`${CJK_RUN.source}|${WORD.source}`, 'g');
  const seen = new Set<string>();
  for (const m of n.matchAll(re)) {
    const text = m[0];
    if (seen.has(text)) continue;
    seen.add(text);
    const cjk = isCjk(text[0]!);
    units.push({ text, cjk, terms: cjk ? [...new Set(bigrams(text))] : [...new Set(latinWords(text))] });
  }
  return units;
}

/** 中文片段里所有长度 3～maxLen 的子串：交给词表过滤器判断哪些是索引里的词。 */
export function wordCandidates(run: string, maxLen = 8): string[] {
  const chars = Array.from(run);
  const out: string[] = [];
  for (let len = Math.min(maxLen, chars.length); len >= 3; len--) {
    for (let i = 0; i + len <= chars.length; i++) out.push(chars.slice(i, i + len).join(''));
  }
  return out;
}

/** 去掉空白和标点后的文本：判断“标题包含整个查询”用。 */
export function compact(text: string): string {
  return normalize(text).replace(/[\s\p{P}\p{S}]+/gu, '');
}
