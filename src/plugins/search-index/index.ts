// 构建后（postBuild）从 build/docs 的 HTML 建搜索索引，写进 build/search-index/（格式见 src/search/format.ts）。
// 浏览器里的检索见 src/search/engine.ts；离线整本下载的清单由 scripts/offline-files.ts 在这之后生成，会带上这些文件。
import type { LoadContext, Plugin } from '@docusaurus/types';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CATEGORIES } from '../../data/categories';
import { SEARCH_DIR } from '../../search/format';
import { buildIndex, categoryLabels, extractRecords, jiebaSegmenter } from './build';

export const PLUGIN_NAME = 'handbook-search-index';

export function writeSearchIndex(buildDir: string, siteDir: string): ReturnType<typeof buildIndex>['stats'] {
  const labels = categoryLabels(siteDir);
  const records = extractRecords(buildDir, siteDir);
  if (records.length === 0) throw new Error(`[search-index] ${buildDir}/docs 下没有找到任何页面`);
  const index = buildIndex(records, jiebaSegmenter(join(siteDir, 'search', 'zh-dict.txt')), CATEGORIES.map((c) => labels.get(c.id) ?? c.label));
  const outDir = join(buildDir, SEARCH_DIR);
  rmSync(outDir, { recursive: true, force: true });
  for (const [name, body] of index.files) {
    const file = join(outDir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
  return index.stats;
}

export default function searchIndexPlugin(context: LoadContext): Plugin {
  return {
    name: PLUGIN_NAME,
    async postBuild({ outDir }) {
      const s = writeSearchIndex(outDir, context.siteDir);
      console.log(
        `[search-index] ${s.records} records, ${s.terms} terms in ${s.shards} shards (largest ${(s.shardGzipMax / 1024).toFixed(1)} KB gzip), ` +
          `${s.words} words, meta.json ${(s.metaGzip / 1024).toFixed(1)} KB gzip`,
      );
    },
  };
}
