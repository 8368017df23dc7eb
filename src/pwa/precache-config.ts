// plugin-pwa 交给 workbox injectManifest 的配置：service worker 安装时只预缓存应用外壳（见 build-files.ts），
// 页面和它们的 JS 块在打开时由 sw-custom.js 按需缓存，其余的由读者选择“离线下载整本手册”。
import { NEVER_DOWNLOADED, isAppShell, pageUrlWithoutHtml } from './build-files';

interface ManifestEntry {
  url: string;
  revision: string | null;
  size: number;
}

export const precacheConfig = {
  globIgnores: NEVER_DOWNLOADED,
  // 文件名里已经带内容哈希的资源不再加 revision 参数。
  dontCacheBustURLsMatching: /\.[0-9a-f]{8,}\./,
  manifestTransforms: [
    (entries: ManifestEntry[]) => ({
      manifest: entries.filter((e) => isAppShell(e.url)).map((e) => ({ ...e, url: pageUrlWithoutHtml(e.url) })),
      warnings: [] as string[],
    }),
  ],
};
