// 搜索的数字：第一次查询要下载多少（meta.json + 这次查询的分片 + 下拉框里显示的几道题的正文，gzip），
// 以及查询集（search/queries.ts）的首条命中率和前五命中率。npm run bench 和单元测试都用它。
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SearchEngine, type SearchResult } from '../../src/search/engine';
import { SEARCH_DIR } from '../../src/search/format';
import { QUERIES, type SearchQuery } from '../../search/queries';

/** 导航栏下拉框里显示的结果数（src/theme/SearchBar）：第一次查询要取这么多道题的正文。 */
export const DROPDOWN_RESULTS = 8;

export function fileEngine(buildDir: string): SearchEngine {
  return new SearchEngine(async (file) => JSON.parse(readFileSync(join(buildDir, SEARCH_DIR, file), 'utf8')));
}

export interface QueryOutcome {
  query: SearchQuery;
  /** 期望的问题排在第几（从 1 起）；前 50 名里没有为 0。 */
  rank: number;
  top: SearchResult[];
  firstSearchBytes: number;
}

export interface SearchFigures {
  outcomes: QueryOutcome[];
  top1: number;
  top5: number;
  meanBytes: number;
  maxBytes: number;
  total: number;
}

export async function searchFigures(buildDir: string, queries: SearchQuery[] = QUERIES): Promise<SearchFigures> {
  const gz = (file: string) => gzipSync(readFileSync(join(buildDir, SEARCH_DIR, file)), { level: 6 }).length;
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    // 每个查询用一个新的引擎：模拟读者第一次搜索（什么都还没缓存）。
    const engine = fileEngine(buildDir);
    const { results } = await engine.search(query.q);
    const files = ['meta.json', ...(await engine.filesFor(query.q, DROPDOWN_RESULTS))];
    const rank = results.slice(0, 50).findIndex((r) => query.expect.includes(r.url)) + 1;
    outcomes.push({ query, rank, top: results.slice(0, 5), firstSearchBytes: files.reduce((n, f) => n + gz(f), 0) });
  }
  const bytes = outcomes.map((o) => o.firstSearchBytes);
  return {
    outcomes,
    top1: outcomes.filter((o) => o.rank === 1).length,
    top5: outcomes.filter((o) => o.rank >= 1 && o.rank <= 5).length,
    meanBytes: bytes.reduce((a, b) => a + b, 0) / Math.max(1, bytes.length),
    maxBytes: Math.max(...bytes),
    total: outcomes.length,
  };
}

export function formatSearchFigures(f: SearchFigures): string {
  return (
    `search: first query downloads mean ${(f.meanBytes / 1024).toFixed(1)} KB / max ${(f.maxBytes / 1024).toFixed(1)} KB gzip; ` +
    `top-1 ${f.top1}/${f.total}, top-5 ${f.top5}/${f.total} on search/queries.ts`
  );
}

if (require.main === module) {
  void (async () => {
    const f = await searchFigures(process.argv[2] ?? join(__dirname, '..', '..', 'build'));
    for (const o of f.outcomes) {
      if (o.rank !== 1) console.log(`  ${o.query.q}: rank ${o.rank || '>50'}; top: ${o.top.map((r) => `${r.url} ${r.score.toFixed(1)}`).join(' | ')}`);
    }
    console.log(formatSearchFigures(f));
  })();
}
