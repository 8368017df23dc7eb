// 搜索索引的文件格式（构建时写、浏览器里读）。全部在构建目录的 search-index/ 下：
//   meta.json                   记录表、分片文件名、词表过滤器（文件名固定，内容随构建变化）
//   shard-<i>.<hash>.json       倒排索引的一个分片：词 → [记录号增量, 权重, 记录号增量, 权重, …]
//   text/<记录号>.<hash>.json    一道题的正文段落（显示摘要用，只取结果里要显示的那几道）
// 分片和正文的文件名带内容哈希：service worker 对它们缓存优先；meta.json 先用缓存再后台更新。

export const SEARCH_DIR = 'search-index';
export const META_FILE = 'meta.json';
export const FORMAT_VERSION = 1;
/** 分片里的权重是 BM25F 得分乘以这个数后取整。 */
export const WEIGHT_SCALE = 4;

/** [页面 URL（不含 baseUrl，如 docs/mysql/indexes）, 页面标题, 分类序号] */
export type PageRow = [url: string, title: string, category: number];
/** [页面序号, 问题锚点（页面级记录为空串）, 标题, 正文文件名] */
export type RecordRow = [page: number, anchor: string, title: string, text: string];

export interface BloomFilter {
  /** 位数组，base64。 */
  bits: string;
  m: number;
  k: number;
}

export interface SearchMeta {
  format: number;
  /** 全部文件内容的摘要：变了就说明部署了新版本。 */
  version: string;
  /** 分类名称，下标即分类序号。 */
  categories: string[];
  pages: PageRow[];
  records: RecordRow[];
  /** 分片文件名，下标即分片号。 */
  shards: string[];
  /** 三个字以上的中文索引词：浏览器里据此认出查询里的词（没有 jieba）。 */
  words: BloomFilter;
}

/** 一个分片：词 → 扁平数组 [记录号增量, 权重, …]，记录号升序。 */
export type Shard = Record<string, number[]>;

/** 一道题（或一个页面）的正文段落。 */
export type RecordText = string[];

// 布隆过滤器：双重散列，两个种子不同的 FNV-1a。
function hash2(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 15;
  }
  return [a >>> 0, (b | 1) >>> 0];
}

function bloomPositions(word: string, m: number, k: number): number[] {
  const [a, b] = hash2(word);
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push((a + Math.imul(i, b)) % m >>> 0);
  return out;
}

export function buildBloom(words: Iterable<string>, count: number, falsePositiveRate = 0.01): { bytes: Uint8Array; m: number; k: number } {
  const m = Math.max(64, Math.ceil((-count * Math.log(falsePositiveRate)) / Math.LN2 ** 2));
  const k = Math.max(1, Math.round((m / Math.max(1, count)) * Math.LN2));
  const bytes = new Uint8Array(Math.ceil(m / 8));
  for (const w of words) for (const p of bloomPositions(w, m, k)) bytes[p >> 3] = bytes[p >> 3]! | (1 << (p & 7));
  return { bytes, m, k };
}

export function bloomHas(bytes: Uint8Array, m: number, k: number, word: string): boolean {
  return bloomPositions(word, m, k).every((p) => (bytes[p >> 3]! & (1 << (p & 7))) !== 0);
}

export function decodeBase64(s: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(s);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  return new Uint8Array(Buffer.from(s, 'base64'));
}
