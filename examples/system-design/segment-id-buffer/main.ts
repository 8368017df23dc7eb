// 号段发号器：单缓冲与双缓冲（Leaf-segment 的做法）对比。
// 每毫秒来 RATE 个取号请求；号段用完要去数据库取下一段（UPDATE max_id = max_id + step），耗时 DB_MS。
// 单缓冲：用完才去取，取号期间请求只能等；双缓冲：当前段用掉 PREFETCH 比例时就异步取下一段。
// 中途数据库有一段时间不可用，看内存里的号段能撑多久。离散时间模拟，输出确定。
import { fmt } from './go';

// ===== 可以修改的参数 =====
const RATE = 2; // 每毫秒的取号请求数（2000 QPS）
const STEP = 200; // 每个号段的大小
const DB_MS = 30; // 一次取号段的数据库耗时
const PREFETCH = 0.1; // 当前段用掉 10% 就预取下一段
const DB_DOWN: [number, number] = [400, 520]; // 数据库不可用的时间段（毫秒）
const DURATION = 800;

function run(doubleBuffer: boolean): void {
  let maxId = 1; // 数据库里的 max_id
  const segments: Array<{ next: number; end: number }> = []; // 内存里的号段，最多两段
  let loadingUntil = -1; // 正在取号段：什么时候返回
  let waiting = 0; // 等待中的请求数
  let stalledReqs = 0;
  let maxWait = 0;
  let waitStart = -1;
  let issued = 0;
  let lastId = 0;
  let monotonic = true;

  const startLoad = (t: number): void => {
    if (loadingUntil >= 0) return;
    loadingUntil = t + DB_MS;
  };
  for (let t = 0; t < DURATION; t++) {
    // 取号段的请求到期：数据库可用就拿到新段，否则过一会儿重试
    if (loadingUntil >= 0 && t >= loadingUntil) {
      if (t >= DB_DOWN[0] && t < DB_DOWN[1]) {
        loadingUntil = t + DB_MS; // 数据库不可用，继续重试
      } else {
        segments.push({ next: maxId, end: maxId + STEP });
        maxId += STEP;
        loadingUntil = -1;
      }
    }
    waiting += RATE;
    while (waiting > 0 && segments.length > 0) {
      const s = segments[0];
      const id = s.next++;
      if (id <= lastId) monotonic = false;
      lastId = id;
      issued++;
      waiting--;
      if (s.next === s.end) segments.shift();
      if (doubleBuffer && segments.length === 1) {
        const cur = segments[0];
        const used = 1 - (cur.end - cur.next) / STEP;
        if (used >= PREFETCH) startLoad(t);
      }
    }
    if (segments.length === 0) startLoad(t);
    if (waiting > 0) {
      stalledReqs += waiting;
      if (waitStart < 0) waitStart = t;
      maxWait = Math.max(maxWait, t - waitStart + 1);
    } else {
      waitStart = -1;
    }
  }
  fmt.Printf('%s：发出 %d 个 ID，请求累计等待 %d 个·毫秒，最长连续卡顿 %dms，ID 递增：%t\n',
    doubleBuffer ? '双缓冲' : '单缓冲', issued, stalledReqs, maxWait, monotonic);
}

fmt.Printf('每毫秒 %d 个请求，号段 %d 个，取号段耗时 %dms，数据库在 %d-%dms 不可用\n', RATE, STEP, DB_MS, DB_DOWN[0], DB_DOWN[1]);
run(false);
run(true);
