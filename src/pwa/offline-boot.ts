// 客户端模块：补缓存第一次访问时已加载的文件和站内跳转打开的页面，整页加载时恢复或更新离线副本。
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type { ClientModule } from '@docusaurus/types';
import { initOfflineCopy } from './offline-copy/store';

const enabled = ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator && process.env.NODE_ENV === 'production';

function cacheUrls(urls: string[]): void {
  navigator.serviceWorker.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } });
}

/** 第一次访问时页面在 service worker 接管之前就加载好了：把这一页和它用到的同源文件交给 service worker 缓存。 */
function cacheFirstVisit(): void {
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      void (async () => {
        const precache = (await caches.keys()).find((name) => name.startsWith('workbox-precache'));
        const urls: string[] = [];
        // 只为预取加载过的文件（<link rel=prefetch>，链接指向的页面的 JS 块）不算读者打开过的。
        // 页面自己也用到的块不算：它有 initiatorType 不是 link 的资源计时条目（webpack 加载完块就删掉
        // <script>，只看 DOM 会漏），或者在 HTML 的 <script>/<link rel=preload> 里。
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const used = new Set(entries.filter((e) => e.initiatorType !== 'link').map((e) => e.name));
        for (const el of document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="preload"], link[rel="stylesheet"]')) {
          used.add('src' in el ? el.src : el.href);
        }
        const prefetchOnly = new Set(
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((l) => l.href).filter((href) => !used.has(href)),
        );
        for (const url of [window.location.href, ...entries.map((e) => e.name)]) {
          if (new URL(url).origin !== window.location.origin || /\/(sw\.js|offline-files\.json)(\?|$)/.test(url)) continue;
          if (prefetchOnly.has(url)) continue;
          // 应用外壳已经在预缓存里，不再存第二份。
          if (precache && (await caches.match(url, { cacheName: precache, ignoreSearch: true }))) continue;
          urls.push(url);
        }
        cacheUrls(urls);
      })();
    },
    { once: true },
  );
}

if (enabled) {
  if (!navigator.serviceWorker.controller) cacheFirstVisit();
  void initOfflineCopy();
}

const clientModule: ClientModule = {
  // 站内跳转只取这一页的 JS 块，不取 HTML：把 HTML 也缓存下来，离线时整页刷新这一页也能打开。
  onRouteDidUpdate({ location, previousLocation }) {
    if (enabled && previousLocation && location.pathname !== previousLocation.pathname) cacheUrls([window.location.origin + location.pathname]);
  },
};
export default clientModule;
