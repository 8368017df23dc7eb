// 重试退避策略对比：下游短暂故障后，积压的 BURST 个请求同时失败并开始重试，
// 同时每个时间片还有 NEW_PER_SLOT 个新请求持续到来（共 NEW_SLOTS 个时间片）。
// 下游每个 SLOT_MS 时间片最多处理 CAPACITY 个请求，超出的请求失败（过载），失败的按策略重试。
// 比较：立即重试、指数退避不加抖动、指数退避 + 全抖动（full jitter）、等抖动（equal jitter）。
// 随机数用固定起点的伪随机序列，输出确定；时间是离散的假时钟。
import { fmt } from './go';

// ===== 可以修改的参数 =====
const BURST = 100; // t=0 时同时失败的请求数
const NEW_PER_SLOT = 1.5; // 之后每个时间片平均的新请求数（每秒 150 个）
const NEW_SLOTS = 300; // 新请求持续多少个时间片（3 秒）
const CAPACITY = 2; // 每个时间片最多成功处理的请求数（每秒 200 个）
const SLOT_MS = 10;
const BASE_MS = 100; // 第一次重试的退避基数
const CAP_MS = 3200; // 退避上限
const MAX_ATTEMPTS = 6; // 每个请求最多尝试次数（含第一次）
const SEED = 42;
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Strategy = 'none' | 'exponential' | 'full-jitter' | 'equal-jitter';

function backoff(s: Strategy, attempt: number, rand: () => number): number {
  const exp = Math.min(CAP_MS, BASE_MS * 2 ** attempt);
  switch (s) {
    case 'none':
      return 0; // 下一个时间片立刻重试
    case 'exponential':
      return exp;
    case 'full-jitter':
      return Math.floor(rand() * exp); // [0, exp)
    case 'equal-jitter':
      return exp / 2 + Math.floor((rand() * exp) / 2); // [exp/2, exp)
  }
}

function run(s: Strategy): void {
  const rand = rng(SEED);
  // 每个请求：下一次尝试的时间、已尝试次数
  const reqs: Array<{ next: number; attempts: number; done: boolean }> = [];
  for (let i = 0; i < BURST; i++) reqs.push({ next: 0, attempts: 0, done: false });
  let work = 0;
  let peak = 0;
  let ok = 0;
  let gaveUp = 0;
  let finishedAt = 0;
  let overloaded = 0;
  for (let slot = 0; slot < 3000; slot++) {
    const t = slot * SLOT_MS;
    if (slot >= 1 && slot <= NEW_SLOTS) {
      const n = Math.floor(slot * NEW_PER_SLOT) - Math.floor((slot - 1) * NEW_PER_SLOT);
      for (let i = 0; i < n; i++) reqs.push({ next: t, attempts: 0, done: false });
    }
    const arriving = reqs.filter((r) => !r.done && r.next >= t && r.next < t + SLOT_MS);
    if (arriving.length === 0) continue;
    // 同一时间片内到达的先后随机
    for (let i = arriving.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [arriving[i], arriving[j]] = [arriving[j], arriving[i]];
    }
    if (slot > 0) peak = Math.max(peak, arriving.length); // 第一片是原始的积压，各策略都一样
    if (arriving.length > CAPACITY) overloaded++;
    work += arriving.length;
    arriving.forEach((r, i) => {
      r.attempts++;
      if (i < CAPACITY) {
        r.done = true;
        ok++;
        finishedAt = t;
      } else if (r.attempts >= MAX_ATTEMPTS) {
        r.done = true;
        gaveUp++;
      } else {
        r.next = t + SLOT_MS + backoff(s, r.attempts - 1, rand); // 最早下一个时间片
      }
    });
  }
  fmt.Printf('%-13s 下游收到 %4d 次  t>0 后峰值 %3d/片  过载的片 %2d  放弃 %3d  最后完成 t=%dms\n', s, work, peak, overloaded, gaveUp, finishedAt);
}

fmt.Printf('%d 个积压请求同时失败，之后每 %dms 平均新来 %v 个（持续 %d 片），下游每片最多处理 %d 个\n', BURST, SLOT_MS, NEW_PER_SLOT, NEW_SLOTS, CAPACITY);
for (const s of ['none', 'exponential', 'full-jitter', 'equal-jitter'] as Strategy[]) run(s);
