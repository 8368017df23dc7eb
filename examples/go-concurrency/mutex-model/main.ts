// sync.Mutex 正常模式与饥饿模式的模型（虚拟时间，单位微秒，输出确定）。
// 场景：A 在循环里反复 Lock/Unlock（它一直在 CPU 上，解锁后立即再加锁）；
// B 中途到来要加锁。正常模式下被唤醒的 B 总是抢不过 A；B 等待超过 1ms 后，
// 锁切换到饥饿模式，Unlock 直接把锁交给队头，新来者排到队尾。
import { fmt } from './go';

// ---- 可以改的参数 ----
const STARVATION_MODE = true; // 改成 false：没有饥饿模式时，B 要等到 A 停止循环才拿到锁
const THRESHOLD = 1000; // starvationThresholdNs = 1ms
const WAKE_LATENCY = 20; // 被唤醒的等待者重新获得 CPU 所需的时间
const HOLD_A = 200; // A 每次持锁时间
const HOLD_B = 200; // B 持锁时间
const B_ARRIVES = 100; // B 到来的时刻
const A_STOPS = 1800; // A 在这之后不再重新加锁

/** 与 Go 的 sync.Locker 相同的接口：Lock、Unlock。 */
interface Locker {
  lock(): void;
  unlock(): void;
}

type Kind = 'lock' | 'unlock' | 'wake' | 'handoff';
interface Ev {
  t: number;
  seq: number;
  kind: Kind;
  g: string;
}

const events: Ev[] = [];
let seq = 0;
let now = 0;
function at(t: number, kind: Kind, g: string): void {
  events.push({ t, seq: seq++, kind, g });
}
function log(msg: string): void {
  fmt.Printf('t=%5dµs  %s\n', now, msg);
}

class SimMutex {
  locked = false;
  starving = false;
  owner = '';
  queue: Array<{ g: string; since: number }> = [];
  readonly hold: Record<string, number> = { A: HOLD_A, B: HOLD_B };
  acquiredAfter: Record<string, number> = {};

  /** 某个 goroutine 看到的 Locker 视图，就像 Go 里把 &mu 当 sync.Locker 传递。 */
  locker(g: string): Locker {
    return { lock: () => this.lock(g), unlock: () => this.unlock(g) };
  }

  private mode(): string {
    return this.starving ? '饥饿模式' : '正常模式';
  }
  private q(): string {
    return `[${this.queue.map((w) => w.g).join(' ')}]`;
  }
  private grant(g: string, since: number): void {
    this.locked = true;
    this.owner = g;
    this.acquiredAfter[g] = now - since;
    at(now + this.hold[g]!, 'unlock', g);
  }

  lock(g: string): void {
    if (!this.locked && !this.starving) {
      this.grant(g, now);
      if (this.queue.length === 0) log(`${g} Lock：锁空闲，CAS 直接拿到锁`);
      else log(`${g} Lock：锁刚释放、${this.queue[0]!.g} 还没醒，${g} 正在 CPU 上，CAS 抢先拿到锁（插队）`);
      return;
    }
    this.queue.push({ g, since: now });
    log(`${g} Lock：锁被占用（${this.mode()}），排到队尾，队列=${this.q()}`);
  }

  unlock(g: string): void {
    if (!this.locked || this.owner !== g) throw new Error('sync: unlock of unlocked mutex');
    this.locked = false;
    this.owner = '';
    const head = this.queue[0];
    if (!head) {
      log(`${g} Unlock：没有等待者`);
    } else if (this.starving) {
      this.queue.shift();
      this.locked = true; // 所有权直接交给队头，别人拿不到
      this.owner = head.g;
      log(`${g} Unlock：饥饿模式，锁直接交给队头 ${head.g}`);
      at(now + WAKE_LATENCY, 'handoff', head.g);
    } else {
      log(`${g} Unlock：正常模式，唤醒队头 ${head.g}`);
      at(now + WAKE_LATENCY, 'wake', head.g);
    }
  }

  /** 正常模式下被唤醒的等待者去抢锁。 */
  wake(g: string): void {
    const w = this.queue[0]!;
    const waited = now - w.since;
    if (!this.locked) {
      this.queue.shift();
      this.grant(g, w.since);
      log(`${g} 醒来抢到锁（等待 ${waited}µs）`);
      return;
    }
    if (STARVATION_MODE && waited > THRESHOLD && !this.starving) {
      this.starving = true;
      log(`${g} 醒来抢锁失败，已等待 ${waited}µs > 1ms，把锁切换到饥饿模式，回到队头`);
    } else {
      log(`${g} 醒来抢锁失败（锁已被 ${this.owner} 抢走），回到队头，已等待 ${waited}µs`);
    }
  }

  /** 饥饿模式下被交接的等待者醒来，锁已经是它的。 */
  handoff(g: string, since: number): void {
    const waited = now - since;
    this.acquiredAfter[g] = waited;
    at(now + this.hold[g]!, 'unlock', g);
    if (waited < THRESHOLD || this.queue.length === 0) {
      this.starving = false;
      log(`${g} 获得交接的锁（等待 ${waited}µs），${waited < THRESHOLD ? '等待不足 1ms' : '自己是最后一个等待者'}，退出饥饿模式`);
    } else {
      log(`${g} 获得交接的锁（等待 ${waited}µs），等待超过 1ms 且队列=${this.q()} 不空，保持饥饿模式`);
    }
  }
}

const mu = new SimMutex();
const lockers: Record<string, Locker> = { A: mu.locker('A'), B: mu.locker('B') };
const sinceOf: Record<string, number> = {};

at(0, 'lock', 'A');
at(B_ARRIVES, 'lock', 'B');
while (events.length > 0) {
  events.sort((x, y) => x.t - y.t || x.seq - y.seq);
  const e = events.shift()!;
  now = e.t;
  switch (e.kind) {
    case 'lock':
      sinceOf[e.g] = now;
      lockers[e.g]!.lock();
      break;
    case 'unlock':
      lockers[e.g]!.unlock();
      // A 在 CPU 上循环：解锁后立刻再次加锁
      if (e.g === 'A' && now < A_STOPS) {
        sinceOf.A = now;
        lockers.A!.lock();
      }
      break;
    case 'wake':
      mu.wake(e.g);
      break;
    case 'handoff':
      mu.handoff(e.g, sinceOf[e.g]!);
      break;
  }
}
fmt.Printf('B 从调用 Lock 到拿到锁共等待 %dµs（饥饿模式%s）\n', mu.acquiredAfter.B ?? -1, STARVATION_MODE ? '开启' : '关闭');
