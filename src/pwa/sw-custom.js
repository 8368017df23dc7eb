// plugin-pwa 的 service worker 激活后默认不接管已经打开的页面，
// 第一次访问的那一页要刷新一次才能离线。这里让它立刻接管（clients.claim），
// 读者第一次打开手册、预缓存完成后就能断网继续读。
export default function swCustom() {
  self.addEventListener('activate', (event) => {
    event.waitUntil(self.clients.claim());
  });
}
