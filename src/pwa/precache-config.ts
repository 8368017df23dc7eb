// plugin-pwa 交给 workbox injectManifest 的配置：决定哪些文件进预缓存、以什么 URL 缓存。
interface ManifestEntry {
  url: string;
  revision: string | null;
  size: number;
}

/**
 * trailingSlash: false 时页面文件是 docs/x.html，浏览器请求的却是 /docs/x；
 * plugin-pwa 的 service worker 只按 /docs/x 和 /docs/x/index.html 查缓存，
 * 所以把这些页面登记成不带 .html 的 URL（静态托管对 /docs/x 返回的正是 docs/x.html）。
 */
export function pageUrlWithoutHtml(url: string): string {
  return /(^|\/)index\.html$/.test(url) ? url : url.replace(/\.html$/, '');
}

export const precacheConfig = {
  // 沙箱脚本 runner/frame.js（约 1 MB）和搜索索引都要进缓存，默认的 2 MB 上限留出余量。
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  // 不进预缓存：类型检查器（TypeScript 编译器，约 1.2 MB 压缩后）只在读者改代码时按需下载；source map 只给开发者工具用。
  globIgnores: ['runner/typecheck.js', '**/*.map'],
  // 文件名里已经带内容哈希的资源不再加 revision 参数。
  dontCacheBustURLsMatching: /\.[0-9a-f]{8,}\./,
  manifestTransforms: [
    (entries: ManifestEntry[]) => ({
      manifest: entries.map((e) => ({ ...e, url: pageUrlWithoutHtml(e.url) })),
      warnings: [] as string[],
    }),
  ],
};
