// 四种限流器处理同一条请求序列：固定窗口、滑动窗口（滑动日志）、漏桶、令牌桶。
// 逐个请求打印通过或拒绝，最后统计放行数和“任意 1 秒内后端最多收到多少请求”。
import { fmt } from './go';

// 可以修改的参数 ----------------------------------------------------------
const LIMIT = 5; // 固定窗口、滑动窗口：每个窗口最多放行的请求数
const WINDOW_MS = 1000; // 窗口长度
const LEAKY_CAPACITY = 5; // 漏桶：最多排队的请求数
const LEAK_INTERVAL_MS = 200; // 漏桶：每隔多久流出一个请求（5 个/秒）
const TOKEN_CAPACITY = 5; // 令牌桶：桶容量（允许的突发）
const TOKEN_RATE = 5; // 令牌桶：每秒补充的令牌数
// 请求到达时间（毫秒）：匀速 → 跨窗口边界的突发 → 空闲 → 再突发
const ARRIVALS = [0, 250, 500, 900, 920, 940, 960, 980, 1000, 1020, 1040, 1060, 1080, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007];
// -------------------------------------------------------------------------

interface Decision {
  ok: boolean;
  at: number; // 请求真正交给后端的时间（漏桶会推迟）
}

interface Limiter {
  name: string;
  offer(t: number): Decision;
}

class FixedWindow implements Limiter {
  name = '固定窗口';
  private windowStart = -1;
  private count = 0;
  offer(t: number): Decision {
    const start = Math.floor(t / WINDOW_MS) * WINDOW_MS;
    if (start !== this.windowStart) {
      this.windowStart = start; // 进入新窗口，计数清零
      this.count = 0;
    }
    if (this.count < LIMIT) {
      this.count++;
      return { ok: true, at: t };
    }
    return { ok: false, at: t };
  }
}

class SlidingLog implements Limiter {
  name = '滑动窗口';
  private log: number[] = [];
  offer(t: number): Decision {
    this.log = this.log.filter((x) => x > t - WINDOW_MS); // 只保留最近一个窗口内的记录
    if (this.log.length < LIMIT) {
      this.log.push(t);
      return { ok: true, at: t };
    }
    return { ok: false, at: t };
  }
}

class LeakyBucket implements Limiter {
  name = '漏桶';
  private departures: number[] = []; // 已接收请求的出桶时间
  offer(t: number): Decision {
    const waiting = this.departures.filter((d) => d > t).length; // 还在桶里排队的请求
    if (waiting >= LEAKY_CAPACITY) return { ok: false, at: t };
    const last = this.departures.length ? this.departures[this.departures.length - 1] : -Infinity;
    const at = Math.max(t, last + LEAK_INTERVAL_MS); // 以恒定间隔流出
    this.departures.push(at);
    return { ok: true, at };
  }
}

class TokenBucket implements Limiter {
  name = '令牌桶';
  private tokens = TOKEN_CAPACITY;
  private last = 0;
  offer(t: number): Decision {
    this.tokens = Math.min(TOKEN_CAPACITY, this.tokens + ((t - this.last) / 1000) * TOKEN_RATE); // 惰性补充
    this.last = t;
    if (this.tokens >= 1) {
      this.tokens--;
      return { ok: true, at: t };
    }
    return { ok: false, at: t };
  }
}

const limiters: Limiter[] = [new FixedWindow(), new SlidingLog(), new LeakyBucket(), new TokenBucket()];
const results = limiters.map(() => [] as Decision[]);

// 表头里的中文占两个显示列，所以格式宽度比数据行小，使各列对齐
fmt.Printf('%6s  %-6s  %-6s  %-6s  %s\n', '到达(ms)', '固定窗口', '滑动窗口', '令牌桶', '漏桶（→ 交给后端的时刻）');
const columns = [0, 1, 3, 2]; // 打印顺序：固定窗口、滑动窗口、令牌桶、漏桶
for (const t of ARRIVALS) {
  const cells = limiters.map((l, i) => {
    const d = l.offer(t);
    results[i].push(d);
    if (!d.ok) return '拒绝';
    return l instanceof LeakyBucket ? `通过 → ${d.at}` : '通过';
  });
  const [a, b, c, d] = columns.map((i) => cells[i]);
  fmt.Printf('%8d  %-8s  %-8s  %-8s  %s\n', t, a, b, c, d);
}

// 任意一个长度为 WINDOW_MS 的区间内，后端最多收到多少个请求
function peak(times: number[]): number {
  let best = 0;
  for (const s of times) best = Math.max(best, times.filter((x) => x >= s && x < s + WINDOW_MS).length);
  return best;
}

fmt.Println();
for (const [i, l] of limiters.entries()) {
  const passed = results[i].filter((d) => d.ok);
  fmt.Printf('%s：通过 %d，拒绝 %d，任意 %d ms 内后端最多收到 %d 个\n', l.name, passed.length, results[i].length - passed.length, WINDOW_MS, peak(passed.map((d) => d.at)));
}
