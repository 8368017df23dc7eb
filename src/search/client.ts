// 浏览器里的搜索引擎：每个 baseUrl 一个实例，取过的文件留在内存里（之后的查询不再下载）。
// 部署新版本后 meta.json 可能还是缓存里的旧版本（service worker 先用缓存再后台更新），它指向的分片已经不在服务器上：
// 取文件失败时丢掉实例重来一次，这时 meta.json 已经更新。
import { SearchEngine, type SearchResults } from './engine';
import { SEARCH_DIR } from './format';

const engines = new Map<string, SearchEngine>();

function create(baseUrl: string): SearchEngine {
  return new SearchEngine(async (file) => {
    const res = await fetch(`${baseUrl}${SEARCH_DIR}/${file}`);
    if (!res.ok) throw new Error(`搜索索引 ${file}：HTTP ${res.status}`);
    return res.json();
  });
}

export function searchEngine(baseUrl: string): SearchEngine {
  let e = engines.get(baseUrl);
  if (!e) engines.set(baseUrl, (e = create(baseUrl)));
  return e;
}

export async function runSearch(baseUrl: string, query: string): Promise<{ engine: SearchEngine; results: SearchResults }> {
  try {
    const engine = searchEngine(baseUrl);
    return { engine, results: await engine.search(query) };
  } catch {
    engines.delete(baseUrl);
    const engine = searchEngine(baseUrl);
    return { engine, results: await engine.search(query) };
  }
}

/** 结果链接：/docs/…#问题，带上 _highlight 让目标页标出查询词（src/search/arrive-from-search.ts）。 */
export function resultHref(baseUrl: string, url: string, query: string): string {
  const [path, hash] = url.split('#');
  return `${baseUrl}${path}?_highlight=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

export function countText(r: SearchResults): string {
  if (r.questions === 0 && r.pages === 0) return '没有找到结果';
  return r.pages > 0 ? `共 ${r.questions} 个问题、${r.pages} 个页面` : `共 ${r.questions} 个问题`;
}

/** 索引取不到时给读者的话；开发服务器上本来就没有索引（它在构建结束时才生成）。 */
export const LOAD_ERROR =
  process.env.NODE_ENV === 'production' ? '搜索索引加载失败：请检查网络后重试（下载过离线副本时断网也能搜）' : '开发服务器上没有搜索索引：先 npm run build，再用 npm run serve 打开';
