// 运行时缓存：plugin-pwa 只预缓存应用外壳（见 build-files.ts），其余文件在读者打开时存进 HANDBOOK_CACHE；
// “离线下载整本手册”由页面把其余文件一次性存进同一个缓存（src/pwa/offline-copy）。
import { cacheNames } from 'workbox-core';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { Route, Router } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';

// 与 src/pwa/offline-copy/constants.ts 保持一致。
const HANDBOOK_CACHE = 'handbook-offline';
const DOWNLOAD_HEADER = 'x-handbook-download';
const OFFLINE_FILES_NAME = 'offline-files.json';

const scope = new URL(self.registration.scope);
const okOnly = new CacheableResponsePlugin({ statuses: [200] });
// /search?q=… 与 /search 是同一个页面：页面按路径缓存，离线时带任何查询参数都能打开。
const pathOnlyKey = { cacheKeyWillBeUsed: async ({ request }) => request.url.replace(/[?#].*$/, '') };

async function fromPrecache(url) {
  const cache = await caches.open(cacheNames.precache);
  return cache.match(url.replace(/[?#].*$/, ''), { ignoreSearch: true });
}

const sameOrigin = (url) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);

const router = new Router();
const pages = new Route(
  ({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
  // 网络优先：在线时总是最新的页面；断网或网络迟迟不应答时用缓存。
  new NetworkFirst({ cacheName: HANDBOOK_CACHE, networkTimeoutSeconds: 4, plugins: [okOnly, pathOnlyKey] }),
);
// 没下载过的页面离线时打不开：给一页说明，而不是浏览器的断网错误。
pages.setCatchHandler(async () => (await fromPrecache(new URL('offline', scope).href)) ?? Response.error());
router.registerRoute(pages);
router.registerRoute(
  new Route(({ url }) => sameOrigin(url) && url.pathname === scope.pathname + OFFLINE_FILES_NAME, new NetworkFirst({ cacheName: HANDBOOK_CACHE, plugins: [okOnly] })),
);
// Docusaurus 用 <link rel="prefetch"> 预取链接指向的页面的 JS 块（destination 为空；真正加载时是 script/style）：
// 读者可能永远不打开那些页面，预取的文件不进离线缓存，缓存里已有就直接给。
// 页面用 CACHE_URLS 要求补存的文件（见下）也是 destination 为空的请求，靠这个请求头和预取区分开。
const CACHE_URLS_HEADER = 'x-handbook-cache-urls';
const isPrefetch = (request) => request.destination === '' && !request.headers.has(CACHE_URLS_HEADER);
router.registerRoute(
  new Route(
    ({ request, url }) => sameOrigin(url) && /\.[0-9a-f]{8,}\.(js|css)$/.test(url.pathname) && isPrefetch(request),
    // 离线时预取不到就算了：回一个空的 204，而不是让每个预取在控制台报一次加载失败。
    async ({ request }) => (await caches.match(request, { cacheName: HANDBOOK_CACHE })) ?? fetch(request).catch(() => new Response(null, { status: 204 })),
  ),
);
// 文件名带内容哈希的 JS/CSS 块内容不会变。
router.registerRoute(
  new Route(({ url }) => sameOrigin(url) && /\.[0-9a-f]{8,}\.\w+$/.test(url.pathname), new CacheFirst({ cacheName: HANDBOOK_CACHE, plugins: [okOnly] })),
);
// 其余文件（搜索索引 search-index/…、沙箱脚本……）按路径缓存，与整本下载存的是同一项。
router.registerRoute(new Route(({ url }) => sameOrigin(url), new StaleWhileRevalidate({ cacheName: HANDBOOK_CACHE, plugins: [okOnly, pathOnlyKey] })));
// 第一次访问时页面还没被接管，它已经加载的文件由页面用 CACHE_URLS 消息补进缓存（见 offline-boot.ts）。
// 与 workbox 的 router.addCacheListener() 相同，只是请求带上 CACHE_URLS_HEADER，不会被当成预取而不存。
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'CACHE_URLS') return;
  const done = Promise.all(
    event.data.payload.urlsToCache.map((url) => router.handleRequest({ event, request: new Request(url, { headers: { [CACHE_URLS_HEADER]: '1' } }) })),
  );
  event.waitUntil(done);
  if (event.ports?.[0]) void done.then(() => event.ports[0].postMessage(true));
});

export default function swCustom() {
  // plugin-pwa 的 service worker 激活后默认不接管已经打开的页面；让它立刻接管，第一次打开的页面也能离线继续读。
  self.addEventListener('activate', (event) => {
    event.waitUntil(self.clients.claim());
  });

  // 这个监听器比 plugin-pwa 的先注册：先查预缓存，再走上面的路由，并拦下插件的监听器，免得一个请求被应答两次。
  self.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    // 整本下载的请求直接走网络：页面自己把响应存进缓存。
    if (request.method !== 'GET' || request.headers.has(DOWNLOAD_HEADER) || !sameOrigin(url)) return;
    if (url.pathname === scope.pathname + 'sw.js') return;
    event.stopImmediatePropagation();
    event.respondWith(
      (async () => (await fromPrecache(request.url)) ?? (await router.handleRequest({ event, request })) ?? fetch(request))(),
    );
  });
}
