// GCRA（通用信元速率算法）：只存一个数 TAT（理论到达时间），效果等价于令牌桶。
// 同一条请求序列分别交给 GCRA 和令牌桶，逐个打印是否放行；GCRA 拒绝时还能直接算出多久后可以重试。
import { fmt } from './go';

// ===== 可以修改的参数 =====
const RATE = 2; // 每秒 2 个，即发放间隔 T = 500 ms
const BURST = 5; // 允许一次突发 5 个（令牌桶的容量）
const ARRIVALS = [0, 10, 20, 30, 40, 50, 60, 700, 710, 1500, 4000, 4001, 4002, 4003, 4004, 4005];

const T = 1000 / RATE;
const TAU = T * (BURST - 1); // 容忍度：最多可以比匀速“提前”多少毫秒

class Gcra {
  private tat = 0; // 理论到达时间；0 表示从未有请求
  allow(now: number): [boolean, number] {
    const tat = Math.max(this.tat === 0 ? now : this.tat, now);
    if (tat - now > TAU) return [false, tat - now - TAU]; // 拒绝，返回还要等多少毫秒
    this.tat = tat + T;
    return [true, 0];
  }
}

class TokenBucket {
  private tokens = BURST;
  private last = 0;
  allow(now: number): boolean {
    this.tokens = Math.min(BURST, this.tokens + ((now - this.last) / 1000) * RATE);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
}

const g = new Gcra();
const tb = new TokenBucket();
let same = 0;
fmt.Printf('速率 %d/s（T=%dms），突发 %d 个，容忍度 τ=%dms\n', RATE, T, BURST, TAU);
fmt.Println('到达(ms)  令牌桶  GCRA');
for (const t of ARRIVALS) {
  const [ok, wait] = g.allow(t);
  const ok2 = tb.allow(t);
  if (ok === ok2) same++;
  fmt.Printf('%7d  %s    %s\n', t, ok2 ? '通过' : '拒绝', ok ? '通过' : `拒绝，${wait}ms 后可重试`);
}
fmt.Printf('两种算法结论一致的请求：%d / %d\n', same, ARRIVALS.length);
