// 代替 Docusaurus 的 window.docusaurus：preload（读者按下或悬停链接时）照旧立即执行，
// prefetch（链接进入视口时）排队，浏览器每次空闲处理一条，不再堆成一个长任务。
import docusaurus from '@docusaurus/core/lib/client/docusaurus';

const queue: string[] = [];
const queued = new Set<string>();
let scheduled = false;

type IdleCallback = () => void;
const whenIdle: (cb: IdleCallback) => void =
  typeof window !== 'undefined' && 'requestIdleCallback' in window
    ? (cb) => window.requestIdleCallback(cb, { timeout: 3000 })
    : (cb) => setTimeout(cb, 300);

// 每次空闲只预取一条路由：一条要匹配路由、插入几个 <link>，第一次还要编译这段代码，
// 手机上就有几十毫秒；按空闲时间剩多少连着做，几条加起来又是一个长任务。
function drain(): void {
  scheduled = false;
  const path = queue.shift();
  if (path !== undefined) docusaurus.prefetch(path);
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
