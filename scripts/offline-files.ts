// npm run build 之后（postbuild）写 build/offline-files.json。不放进 Docusaurus 插件的 postBuild：
// 各插件的 postBuild 并行运行，搜索索引等文件那时可能还没写出来，清单就会漏掉它们。
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OFFLINE_FILES_NAME } from '../src/pwa/build-files';
import { listOfflineFiles } from './lib/offline-files';

const buildDir = join(__dirname, '..', 'build');
// 与 docusaurus.config.ts 相同的 baseUrl 来源。
const baseUrl = process.env.BASE_URL ?? '/';

void (async () => {
  const list = await listOfflineFiles(buildDir, baseUrl);
  writeFileSync(join(buildDir, OFFLINE_FILES_NAME), JSON.stringify(list));
  console.log(`offline-files: ${list.files.length} files, ${(list.totalBytes / 1024 / 1024).toFixed(2)} MB gzip`);
})();
