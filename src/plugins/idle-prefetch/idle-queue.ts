// 代替 Docusaurus 的 window.docusaurus：preload（读者按下或悬停链接时）照旧立即执行，
// prefetch（链接进入视口时）排队，在浏览器空闲时一次处理几条，不再堆成一个长任务。
import docusaurus from '@docusaurus/core/lib/client/docusaurus';

const queue: string[] = [];
const queued = new Set<string>();
let scheduled = false;

type IdleCallback = (deadline?: { timeRemaining(): number }) => void;
const whenIdle: (cb: IdleCallback) => void =
  typeof window !== 'undefined' && 'requestIdleCallback' in window
    ? (cb) => window.requestIdleCallback(cb, { timeout: 3000 })
    : (cb) => setTimeout(cb, 300);

function drain(deadline?: { timeRemaining(): number }): void {
  scheduled = false;
  // 至少处理一条；空闲时间还多（> 8 ms）就接着做，每条约 1–3 ms。
  do {
    const path = queue.shift();
    if (path === undefined) return;
    docusaurus.prefetch(path);
  } while (deadline && deadline.timeRemaining() > 8);
  schedule();
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  whenIdle(drain);
}

export default Object.freeze({
  prefetch(path: string): false {
    if (!queued.has(path)) {
      queued.add(path);
      queue.push(path);
      schedule();
    }
    return false;
  },
  preload: docusaurus.preload,
});
