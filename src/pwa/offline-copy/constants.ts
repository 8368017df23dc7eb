// 与 src/pwa/sw-custom.js 保持一致：运行时缓存和整本下载共用一个缓存，删除离线副本就是删掉它。
export const HANDBOOK_CACHE = 'handbook-offline';
/** 整本下载的请求带这个头，service worker 放它直接走网络，由页面存进缓存。 */
export const DOWNLOAD_HEADER = 'x-handbook-download';
