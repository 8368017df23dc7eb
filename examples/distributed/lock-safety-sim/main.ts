// 锁安全性模拟：客户端 A 拿到锁后停顿（例如 Full GC）超过租约，锁被别人拿走。
// 第一部分：临界区是“读计数器 -> 干活 -> 写回 读到的值 + 1”，对比三种写法：
//   none        释放时不校验持有者，存储不校验 token；
//   write       释放时比较 token，存储只在写入时拒绝比已见过的最大号更小的 token；
//   read+write  读和写都带 token，存储在读时也记下最大号。
// 每种写法跑两次：A 停顿 12 秒（醒来时 B 已写过）和 9 秒（A 的写比 B 的写先到）。
// 第二部分：存储以外的副作用（发短信），接收方不认识 token，只能靠幂等键去重。
import { fmt } from './go';

// ===== 可以修改的参数（毫秒）=====
const LEASE_MS = 10000; // 锁的租约（TTL）
const WORK_MS = 2000; // 正常的临界区耗时
const RETRY_MS = 1000; // 拿不到锁时的重试间隔
const A_PAUSES = [12000, 9000]; // A 拿到锁后停顿多久，每个值跑一次
const OTHERS: Array<{ name: string; startAt: number }> = [
  { name: 'B', startAt: 1000 },
  { name: 'C', startAt: 11000 },
];

type Mode = 'none' | 'write' | 'read+write';

interface Lock {
  owner: string;
  token: number;
  expireAt: number;
}

// 极简的离散事件调度：按 (时间, 入队顺序) 执行，没有真实的等待，输出完全确定
class Sim {
  now = 0;
  private seq = 0;
  private queue: Array<{ at: number; seq: number; fn: () => void }> = [];
  at(t: number, fn: () => void): void {
    this.queue.push({ at: t, seq: this.seq++, fn });
  }
  run(): void {
    while (this.queue.length > 0) {
      this.queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const ev = this.queue.shift()!;
      this.now = ev.at;
      ev.fn();
    }
  }
}

// 一个极简的锁服务：租约 + 严格递增的 token
class LockService {
  lock: Lock | null = null;
  private nextToken = 0;
  constructor(private sim: Sim) {}
  tryAcquire(name: string): number {
    if (this.lock !== null && this.lock.expireAt > this.sim.now) return 0;
    const token = ++this.nextToken;
    this.lock = { owner: name, token, expireAt: this.sim.now + LEASE_MS };
    return token;
  }
  release(name: string, token: number, ownerCheck: boolean): string {
    if (this.lock === null) return `${name} 释放：锁已不存在`;
    if (ownerCheck && this.lock.token !== token) return `${name} 释放：锁属于 ${this.lock.owner}，不删除`;
    const victim = this.lock.owner;
    this.lock = null;
    return victim === name ? `${name} 释放了自己的锁` : `${name} 释放：删掉了 ${victim} 的锁`;
  }
}

function counterRun(mode: Mode, pauseA: number): void {
  fmt.Printf('-- 写法 %s，A 停顿 %dms --\n', mode, pauseA);
  const sim = new Sim();
  const locks = new LockService(sim);
  const storage = { value: 0, maxFence: 0 };
  const holders = new Set<string>();
  let accepted = 0;
  let overlaps = 0;
  const log = (msg: string): void => fmt.Printf('t=%-6d %s\n', sim.now, msg);

  // 存储的读：read+write 模式下读也带 token，拒绝更小的号并记下最大号
  const read = (token: number): number | null => {
    if (mode === 'read+write') {
      if (token < storage.maxFence) return null;
      storage.maxFence = token;
    }
    return storage.value;
  };
  // 存储的写：比较和写入在存储里原子完成
  const write = (token: number, v: number): boolean => {
    if (mode !== 'none') {
      if (token < storage.maxFence) return false;
      storage.maxFence = token;
    }
    storage.value = v;
    return true;
  };

  const start = (name: string, pauseMs: number): void => {
    const token = locks.tryAcquire(name);
    if (token === 0) {
      sim.at(sim.now + RETRY_MS, () => start(name, pauseMs));
      return;
    }
    holders.add(name);
    const got = read(token);
    if (got === null) {
      log(`${name} 加锁 token=${token}，读被拒绝`);
      holders.delete(name);
      return;
    }
    log(`${name} 加锁 token=${token}，读到 ${got}${pauseMs ? `，停顿 ${pauseMs}ms` : ''}`);
    if (holders.size > 1) {
      overlaps++;
      log(`!! 同时认为自己持锁：${[...holders].sort().join(' ')}`);
    }
    sim.at(sim.now + pauseMs + WORK_MS, () => {
      if (write(token, got + 1)) {
        accepted++;
        log(`${name} 写入 ${got + 1}（token=${token}）`);
      } else {
        log(`${name} 写入 ${got + 1} 被拒绝：token ${token} 小于已见过的 ${storage.maxFence}`);
      }
      holders.delete(name);
      log(locks.release(name, token, mode !== 'none'));
    });
  };

  sim.at(0, () => start('A', pauseA));
  for (const c of OTHERS) sim.at(c.startAt, () => start(c.name, 0));
  sim.run();
  const lost = accepted - storage.value;
  fmt.Printf('结果：接受写入 %d 次，计数器 = %d，被覆盖的更新 %d 次，重叠持锁 %d 次%s\n',
    accepted, storage.value, lost, overlaps, lost > 0 ? '  <== 出错' : '');
}

// 第二部分：订单 42 只应发一次发货短信。存储按 token 校验，短信网关不认识 token。
function sideEffectRun(idempotencyKey: boolean): void {
  fmt.Printf('-- 存储校验 token，短信%s --\n', idempotencyKey ? '带幂等键 order-42-shipped' : '不带幂等键');
  const sim = new Sim();
  const locks = new LockService(sim);
  const order = { shipped: false, maxFence: 0 };
  const smsSeen = new Set<string>();
  let smsSent = 0;
  const log = (msg: string): void => fmt.Printf('t=%-6d %s\n', sim.now, msg);

  const sendSms = (name: string): void => {
    if (idempotencyKey) {
      if (smsSeen.has('order-42-shipped')) {
        log(`${name} 发短信：网关按幂等键去重，未重复发送`);
        return;
      }
      smsSeen.add('order-42-shipped');
    }
    smsSent++;
    log(`${name} 发短信：已发送（累计 ${smsSent} 条）`);
  };
  const start = (name: string, pauseMs: number): void => {
    const token = locks.tryAcquire(name);
    if (token === 0) {
      sim.at(sim.now + RETRY_MS, () => start(name, pauseMs));
      return;
    }
    const shipped = order.shipped;
    log(`${name} 加锁 token=${token}，读到 shipped=${shipped}${pauseMs ? `，停顿 ${pauseMs}ms` : ''}`);
    if (shipped) {
      log(locks.release(name, token, true));
      return;
    }
    sim.at(sim.now + pauseMs + WORK_MS, () => {
      sendSms(name); // 副作用发生在存储之外，fencing 管不到
      if (token < order.maxFence) {
        log(`${name} 标记已发货被拒绝：token ${token} 小于 ${order.maxFence}`);
      } else {
        order.maxFence = token;
        order.shipped = true;
        log(`${name} 标记已发货（token=${token}）`);
      }
      log(locks.release(name, token, true));
    });
  };
  sim.at(0, () => start('A', A_PAUSES[0]));
  sim.at(OTHERS[0].startAt, () => start(OTHERS[0].name, 0));
  sim.run();
  fmt.Printf('结果：短信共 %d 条%s\n', smsSent, smsSent > 1 ? '  <== 出错' : '');
}

fmt.Println('== 第一部分：读改写计数器 ==');
for (const mode of ['none', 'write', 'read+write'] as Mode[]) {
  for (const p of A_PAUSES) counterRun(mode, p);
}
fmt.Println('== 第二部分：存储以外的副作用 ==');
sideEffectRun(false);
sideEffectRun(true);
