// 锁安全性模拟：客户端 A 拿到锁后停顿（例如 Full GC）超过租约，锁被别人拿走。
// 对比两种写法：
//   1. 原始写法：释放时不校验持有者，写存储时不带 fencing token；
//   2. 修好的写法：释放时比较 token，存储只接受比见过的更大的 token。
// 每个客户端的临界区是“读计数器 -> 干活 -> 写回 读到的值 + 1”，所以互斥被打破就会丢更新。
import { fmt } from './go';

// ===== 可以修改的参数（毫秒）=====
const LEASE_MS = 10000; // 锁的租约（TTL）
const WORK_MS = 2000; // 正常的临界区耗时
const RETRY_MS = 1000; // 拿不到锁时的重试间隔
const CLIENTS: Array<{ name: string; startAt: number; pauseMs: number }> = [
  { name: 'A', startAt: 0, pauseMs: 12000 }, // A 拿到锁后停顿 12 秒，超过租约
  { name: 'B', startAt: 1000, pauseMs: 0 },
  { name: 'C', startAt: 11000, pauseMs: 1000 }, // C 也有 1 秒的小停顿
  { name: 'D', startAt: 13000, pauseMs: 0 },
];

interface Lock {
  owner: string;
  token: number;
  expireAt: number;
}

function simulate(title: string, ownerCheck: boolean, fencing: boolean): void {
  fmt.Printf('== %s ==\n', title);
  // 极简的离散事件调度：按 (时间, 入队顺序) 执行
  const queue: Array<{ at: number; seq: number; fn: () => void }> = [];
  let seq = 0;
  let now = 0;
  const at = (t: number, fn: () => void): void => {
    queue.push({ at: t, seq: seq++, fn });
  };

  let lock: Lock | null = null;
  let nextToken = 0;
  const storage = { value: 0, maxFence: 0 };
  const holders = new Set<string>(); // 此刻“认为自己持锁”的客户端
  let accepted = 0;
  let violations = 0;
  const log = (msg: string): void => fmt.Printf('t=%-6d %s\n', now, msg);

  const tryAcquire = (name: string, pauseMs: number): void => {
    if (lock !== null && lock.expireAt > now) {
      at(now + RETRY_MS, () => tryAcquire(name, pauseMs));
      return;
    }
    const token = ++nextToken;
    lock = { owner: name, token, expireAt: now + LEASE_MS };
    holders.add(name);
    const read = storage.value;
    log(`${name} 加锁成功 token=${token}，读到计数 ${read}${pauseMs ? `，随后停顿 ${pauseMs}ms` : ''}`);
    if (holders.size > 1) {
      violations++;
      log(`!! 同时认为自己持锁: ${[...holders].sort().join(' ')}`);
    }
    at(now + pauseMs + WORK_MS, () => finish(name, token, read));
  };

  const finish = (name: string, token: number, read: number): void => {
    if (fencing && token <= storage.maxFence) {
      log(`${name} 写入 ${read + 1} 被存储拒绝：token ${token} 不大于已见过的 ${storage.maxFence}`);
    } else {
      storage.value = read + 1;
      storage.maxFence = Math.max(storage.maxFence, token);
      accepted++;
      log(`${name} 写入计数 ${read + 1}`);
    }
    holders.delete(name);
    if (lock === null) {
      log(`${name} 释放：锁已不存在`);
    } else if (ownerCheck && lock.token !== token) {
      log(`${name} 释放：锁属于 ${lock.owner}（token ${lock.token}），不删除`);
    } else {
      log(`${name} 释放：删除了 ${lock.owner} 的锁`);
      lock = null;
    }
  };

  for (const c of CLIENTS) at(c.startAt, () => tryAcquire(c.name, c.pauseMs));
  while (queue.length > 0) {
    queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const ev = queue.shift()!;
    now = ev.at;
    ev.fn();
  }
  fmt.Printf('结果：接受的写入 %d 次，计数器 = %d，丢失更新 %d 次，出现多个持有者 %d 次\n', accepted, storage.value, accepted - storage.value, violations);
}

simulate('原始写法：不校验持有者，不用 fencing token', false, false);
simulate('修好的写法：比较 token 后释放，存储校验 fencing token', true, true);
