// 定时任务“分布式同步”：种子里每个节点都跑无条件 UPDATE 的写法，与“租约 + 按周期幂等”的写法。
// DB 接口对应页面上的两条 SQL，这里用内存实现运行，时间单位为秒。
import { fmt } from './go';

interface DB {
  /** UPDATE table_name SET column_name = column_name + 1（无 WHERE、无协调）。 */
  incrementAll(): void;
  /** UPDATE job_lease ... WHERE job = ? AND (expires_at < now OR owner = me)：返回 [成功, fence, 到期时间]。 */
  tryLease(owner: string, now: number, ttl: number): [boolean, number, number];
  /** UPDATE stat SET value = value + 1, last_period = ? WHERE last_period < ?。 */
  incrementForPeriod(period: number): boolean;
  value(): number;
}

class MemDB implements DB {
  private owner = '';
  private expiresAt = 0;
  private fence = 0;
  private val = 0;
  private lastPeriod = 0;

  incrementAll(): void {
    this.val++;
  }
  tryLease(owner: string, now: number, ttl: number): [boolean, number, number] {
    if (this.expiresAt >= now && this.owner !== owner) return [false, this.fence, this.expiresAt];
    if (this.owner !== owner) {
      this.fence++; // 换主人时 fencing token 加一
      this.owner = owner;
    }
    this.expiresAt = now + ttl;
    return [true, this.fence, this.expiresAt];
  }
  incrementForPeriod(period: number): boolean {
    if (this.lastPeriod >= period) return false;
    this.val++;
    this.lastPeriod = period;
    return true;
  }
  value(): number {
    return this.val;
  }
}

const nodes = ['node-1', 'node-2', 'node-3'];

function seedVersion(): void {
  fmt.Println('== 种子写法：每个节点每分钟执行一次无条件 UPDATE ==');
  const db = new MemDB();
  for (let minute = 1; minute <= 3; minute++) {
    for (const _ of nodes) db.incrementAll();
  }
  fmt.Printf('3 个节点运行 3 分钟后 value = %d（本意是每分钟加 1，期望 3）\n', db.value());
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
      const [ok, fence, exp] = db.tryLease(n, t, 45);
      if (!ok) {
        fmt.Printf('t=%d %s 抢租约失败（租约到 t=%d）\n', t, n, exp);
        continue;
      }
      const applied = db.incrementForPeriod(period);
      fmt.Printf('t=%d %s 持有租约 fence=%d，执行周期 %d，生效: %t\n', t, n, fence, period, applied);
    }
  }
  fmt.Printf('value = %d（3 个周期各生效一次）\n', db.value());
}

seedVersion();
leasedVersion();
