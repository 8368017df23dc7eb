// 构建产物里哪些文件进预缓存（应用外壳）、哪些留给“离线下载整本手册”、哪些永远不缓存。
// precache-config.ts（service worker 的预缓存清单）和 plugins/offline-download（整本下载的清单）共用这里的规则。

/** 与 plugin-pwa 交给 workbox 的 globPatterns 相同：构建产物里可缓存的文件。 */
export const CACHEABLE_GLOBS = ['**/*.{js,json,css,html}', '**/*.{png,jpg,jpeg,gif,svg,ico}', '**/*.{woff,woff2,eot,ttf,otf}'];

/** 整本下载的清单文件本身（由 plugins/offline-download 写进构建目录）。 */
export const OFFLINE_FILES_NAME = 'offline-files.json';

/** 不进预缓存也不进整本下载：service worker 本身（及其分块）、清单本身、按需加载的大文件（类型检查器）。 */
export const NEVER_DOWNLOADED = ['sw.js', '*.sw.js', OFFLINE_FILES_NAME, 'runner/typecheck.js', '**/*.map'];

/**
 * 应用外壳：启动任何一页都要的运行时、主包和全站样式，图标与字体，离线兜底页。
 * 各页自己的 JS 块、页面 HTML、搜索索引和沙箱脚本都不在其中：打开时按需缓存，或整本下载。
 */
export function isAppShell(file: string): boolean {
  return (
    /^assets\/js\/(runtime~main|main)\.[0-9a-f]+\.js$/.test(file) ||
    /^assets\/css\/styles\.[0-9a-f]+\.css$/.test(file) ||
    /\.(woff2?|eot|ttf|otf|ico)$/.test(file) ||
    /^img\//.test(file) ||
    file === 'manifest.json' ||
    file === 'offline.html'
  );
}

/**
 * trailingSlash: false 时页面文件是 docs/x.html，浏览器请求的却是 /docs/x；
 * 这些页面以不带 .html 的 URL 缓存（静态托管对 /docs/x 返回的正是 docs/x.html）。
 */
export function pageUrlWithoutHtml(url: string): string {
  return /(^|\/)index\.html$/.test(url) ? url : url.replace(/\.html$/, '');
}

/** 整本下载里的 URL：首页 index.html 就是站点根路径本身。 */
export function downloadUrl(baseUrl: string, file: string): string {
  return baseUrl + pageUrlWithoutHtml(file).replace(/(^|\/)index\.html$/, '$1');
}
