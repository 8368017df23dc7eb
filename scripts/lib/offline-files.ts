// 列出“离线下载整本手册”要下载的文件（build/offline-files.json，由 scripts/offline-files.ts 在构建后写入）：
// 文件清单取自真实的构建产物（除去应用外壳和永不缓存的文件），大小是每个文件 gzip 后的字节数。
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { CACHEABLE_GLOBS, NEVER_DOWNLOADED, OFFLINE_FILES_NAME, downloadUrl, isAppShell } from '../../src/pwa/build-files';
import type { OfflineFile, OfflineFiles } from '../../src/pwa/offline-files';

export async function listOfflineFiles(outDir: string, baseUrl: string): Promise<OfflineFiles> {
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: CACHEABLE_GLOBS,
    globIgnores: NEVER_DOWNLOADED,
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
  });
  // 没有字体之类的文件时 workbox 会提醒“某个 glob 没匹配到文件”，那不是问题；其余提醒（如文件过大被略过）要修。
  const serious = warnings.filter((w) => !/doesn't match any files/.test(w));
  if (serious.length > 0) throw new Error(`offline-download: ${serious.join('; ')}`);
  const files: OfflineFile[] = (manifestEntries ?? [])
    .filter((e) => !isAppShell(e.url))
    .map((e) => ({
      url: downloadUrl(baseUrl, e.url),
      revision: e.revision ?? '',
      bytes: gzipSync(readFileSync(join(outDir, e.url))).length,
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
  const version = createHash('md5').update(files.map((f) => `${f.url} ${f.revision}`).join('\n')).digest('hex');
  return { version, totalBytes: files.reduce((n, f) => n + f.bytes, 0), files };
}
