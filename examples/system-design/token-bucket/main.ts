// 令牌桶限流：惰性补充、按容量封顶。时间由调用方传入（假时钟，单位毫秒），输出确定。
import { fmt } from './go';

// 可以修改的参数：桶容量、每秒补充的令牌数、请求到达时间（毫秒）
const CAPACITY = 5;
const RATE_PER_SEC = 2;
const ARRIVALS = [0, 0, 0, 0, 0, 0, 0, 0, 500, 1000, 1100, 1200, 4000, 4000, 4000, 4000, 4000, 4000, 4000];

class TokenBucket {
  tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number, // 桶最多存多少个令牌，决定允许的突发量
    private readonly rate: number, // 每秒补充多少个令牌，决定长期平均速率
    now: number,
  ) {
    this.tokens = capacity; // 新建时桶是满的
    this.last = now;
  }

  // 按距离上次补充经过的时间计算应补充的令牌，不需要后台定时器
  refill(now: number): void {
    const elapsed = (now - this.last) / 1000;
    if (elapsed > 0) {
      this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.rate);
      this.last = now;
    }
  }

  // 尝试取一个令牌，取不到立即返回 false
  allow(now: number): boolean {
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens--;
      return true;
    }
    return false;
  }

  // 还要等多久（毫秒）才会有一个令牌
  waitTime(now: number): number {
    this.refill(now);
    if (this.tokens >= 1) return 0;
    return Math.trunc(((1 - this.tokens) / this.rate) * 1000);
  }
}

const bucket = new TokenBucket(CAPACITY, RATE_PER_SEC, 0);
let allowed = 0;
let denied = 0;
ARRIVALS.forEach((t, i) => {
  const ok = bucket.allow(t);
  if (ok) allowed++;
  else denied++;
  fmt.Printf('t=%4dms  #%02d  %-5s  tokens=%.1f\n', t, i + 1, ok ? 'allow' : 'deny', bucket.tokens);
});
fmt.Printf('allowed=%d denied=%d\n', allowed, denied);
fmt.Printf('wait at t=4000ms: %dms\n', bucket.waitTime(4000));
bucket.refill(14000);
fmt.Printf('tokens after 10s idle: %.1f (capped at capacity)\n', bucket.tokens);
