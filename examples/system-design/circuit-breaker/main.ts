// 熔断器状态机：CLOSED -> OPEN -> HALF_OPEN -> CLOSED / OPEN。
// 计数型滑动窗口统计最近 WINDOW 次调用的失败率和慢调用率；调用数不足 MIN_CALLS 时不判定。
// 时间用假时钟（毫秒），下游的表现由 downstream() 按时间决定，输出完全确定。
import { fmt } from './go';

// ===== 可以修改的参数 =====
const WINDOW = 10; // 滑动窗口：最近 10 次调用
const MIN_CALLS = 5; // 至少 5 次调用才计算比例
const FAILURE_RATE = 50; // 失败率达到 50% 打开
const SLOW_RATE = 80; // 慢调用率达到 80% 也打开
const SLOW_MS = 1000; // 超过 1 秒算慢调用
const OPEN_WAIT_MS = 5000; // OPEN 状态保持 5 秒后允许试探
const HALF_OPEN_CALLS = 3; // HALF_OPEN 放行 3 个试探请求

// 下游：t 在 [3000, 12000) 之间故障（报错），其余时间正常，耗时 50ms
function downstream(t: number): { ok: boolean; ms: number } {
  if (t >= 3000 && t < 12000) return { ok: false, ms: 50 };
  return { ok: true, ms: 50 };
}

type State = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

class CircuitBreaker {
  state: State = 'CLOSED';
  private window: Array<{ failed: boolean; slow: boolean }> = [];
  private openedAt = 0;
  private halfOpenResults: boolean[] = [];
  private halfOpenInFlight = 0;

  private transition(to: State, now: number, why: string): void {
    fmt.Printf('t=%-6d %s -> %s（%s）\n', now, this.state, to, why);
    this.state = to;
    if (to === 'OPEN') this.openedAt = now;
    if (to === 'HALF_OPEN') {
      this.halfOpenResults = [];
      this.halfOpenInFlight = 0;
    }
    if (to === 'CLOSED') this.window = [];
  }

  // 返回是否允许这次调用
  tryAcquire(now: number): boolean {
    if (this.state === 'OPEN' && now - this.openedAt >= OPEN_WAIT_MS) {
      this.transition('HALF_OPEN', now, `已等待 ${OPEN_WAIT_MS}ms`);
    }
    if (this.state === 'OPEN') return false;
    if (this.state === 'HALF_OPEN') {
      if (this.halfOpenInFlight >= HALF_OPEN_CALLS) return false;
      this.halfOpenInFlight++;
    }
    return true;
  }

  onResult(now: number, ok: boolean, ms: number): void {
    const slow = ms > SLOW_MS;
    if (this.state === 'HALF_OPEN') {
      this.halfOpenResults.push(!ok || slow);
      if (!ok || slow) return this.transition('OPEN', now, '试探请求失败');
      if (this.halfOpenResults.length === HALF_OPEN_CALLS) this.transition('CLOSED', now, `${HALF_OPEN_CALLS} 个试探请求全部成功`);
      return;
    }
    this.window.push({ failed: !ok, slow });
    if (this.window.length > WINDOW) this.window.shift();
    if (this.window.length < MIN_CALLS) return;
    const failRate = (this.window.filter((c) => c.failed).length * 100) / this.window.length;
    const slowRate = (this.window.filter((c) => c.slow).length * 100) / this.window.length;
    if (failRate >= FAILURE_RATE) this.transition('OPEN', now, `最近 ${this.window.length} 次失败率 ${failRate.toFixed(0)}%`);
    else if (slowRate >= SLOW_RATE) this.transition('OPEN', now, `最近 ${this.window.length} 次慢调用率 ${slowRate.toFixed(0)}%`);
  }
}

const cb = new CircuitBreaker();
let calls = 0;
let rejected = 0;
let failed = 0;
// 每 500ms 来一个请求，共 40 秒
for (let t = 0; t < 40000; t += 500) {
  if (!cb.tryAcquire(t)) {
    rejected++;
    continue; // 快速失败：直接走降级逻辑，不打扰下游
  }
  calls++;
  const r = downstream(t);
  if (!r.ok) failed++;
  cb.onResult(t + r.ms, r.ok, r.ms);
}
fmt.Printf('下游收到 %d 次调用（失败 %d 次），熔断直接拒绝 %d 次，最终状态 %s\n', calls, failed, rejected, cb.state);
