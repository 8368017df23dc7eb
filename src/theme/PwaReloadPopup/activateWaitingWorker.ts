/**
 * 让等待中的新 service worker 接管，接管后刷新页面。
 * 不用 plugin-pwa 传来的 onReload：它经 workbox-window 把 SKIP_WAITING 发给“自己注册的那个” worker，
 * 页面打开较久后（或在别的标签页里）才发现的新版本会被当作外部 worker，消息发错对象，点了没反应。
 * 这里直接发给 registration.waiting，两种情况都能用。
 */
export async function activateWaitingWorker(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  const waiting = registration?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
