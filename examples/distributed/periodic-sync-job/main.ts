// 定时任务“分布式同步”：每个节点都跑无条件 UPDATE 的写法，与“租约 + 按周期幂等”的写法，
// 以及 job_lease 的 UPDATE 把 owner 写在 fence 前面时 fencing token 永远不加一的问题。
// DB 接口对应页面上的 SQL，这里用内存实现代替真实的 MySQL，时间单位为秒。
import { fmt } from './go';

interface DB {
  /** UPDATE table_name SET column_name = column_name + 1（无 WHERE、无协调）。 */
  incrementAll(): void;
  /** UPDATE job_lease SET ... WHERE job = ? AND (expires_at < now OR owner = me)：返回 [成功, fence, 到期时间]。fenceFirst：SET 里 fence 写在 owner 前面。 */
  tryLease(owner: string, now: number, ttl: number, fenceFirst: boolean): [boolean, number, number];
  /** UPDATE stat SET value = value + 1, last_period = ?, fence = ? WHERE last_period < ? AND fence <= ?。 */
  incrementForPeriod(period: number, fence: number): boolean;
  value(): number;
}

class MemDB implements DB {
  private owner = '';
  private expiresAt = 0;
  private fence = 0;
  private val = 0;
  private lastPeriod = 0;
  private statFence = 0;

  incrementAll(): void {
    this.val++;
  }
  tryLease(owner: string, now: number, ttl: number, fenceFirst: boolean): [boolean, number, number] {
    if (!(this.expiresAt < now || this.owner === owner)) return [false, this.fence, this.expiresAt];
    // MySQL 单表 UPDATE 按从左到右赋值，后面的表达式看到的是前面已经改过的列。
    if (fenceFirst) {
      if (this.owner !== owner) this.fence++; // IF(owner = me, 0, 1)：owner 还是旧值
      this.owner = owner;
    } else {
      this.owner = owner;
      if (this.owner !== owner) this.fence++; // owner 已经改成 me，条件永远为假
    }
    this.expiresAt = now + ttl;
    return [true, this.fence, this.expiresAt];
  }
  incrementForPeriod(period: number, fence: number): boolean {
    if (this.lastPeriod >= period || fence < this.statFence) return false;
    this.val++;
    this.lastPeriod = period;
    this.statFence = fence;
    return true;
  }
  value(): number {
    return this.val;
  }
}

const nodes = ['node-1', 'node-2', 'node-3'];

function naiveVersion(): void {
  fmt.Println('== 无协调写法：每个节点每分钟执行一次无条件 UPDATE ==');
  const db = new MemDB();
  for (let minute = 1; minute <= 3; minute++) {
    for (const _ of nodes) db.incrementAll();
  }
  fmt.Printf('3 个节点运行 3 分钟后 value = %d（本意是每分钟加 1，期望 3）\n', db.value());
}

function columnOrder(): void {
  fmt.Println('== job_lease 的列顺序：node-1 持有后过期，node-2 接手 ==');
  for (const fenceFirst of [false, true]) {
    const db = new MemDB();
    const [, f1] = db.tryLease('node-1', 10, 45, fenceFirst);
    const [, f2] = db.tryLease('node-2', 70, 45, fenceFirst);
    const order = fenceFirst ? 'SET fence = ..., owner = ...' : 'SET owner = ..., fence = ...';
    fmt.Printf('%s：node-1 的 fence=%d，node-2 的 fence=%d，递增: %t\n', order, f1, f2, f2 > f1);
  }
}

function leasedVersion(): void {
  fmt.Println('== 租约 + 按周期幂等：每 30 秒检查一次，周期 60 秒，租约 45 秒 ==');
  const db = new MemDB();
  const down = new Set<string>();
  for (let t = 60; t <= 180; t += 30) {
    if (t === 120) {
      down.add('node-1');
      fmt.Printf('t=%d node-1 在 t=100 宕机\n', t);
    }
    const period = Math.floor(t / 60);
    for (const n of nodes) {
      if (down.has(n)) continue;
      const [ok, fence, exp] = db.tryLease(n, t, 45, true);
      if (!ok) {
        fmt.Printf('t=%d %s 抢租约失败（租约到 t=%d）\n', t, n, exp);
        continue;
      }
      const applied = db.incrementForPeriod(period, fence);
      fmt.Printf('t=%d %s 持有租约 fence=%d，执行周期 %d，生效: %t\n', t, n, fence, period, applied);
    }
  }
  fmt.Printf('value = %d（3 个周期各生效一次）\n', db.value());
}

naiveVersion();
columnOrder();
leasedVersion();
