// Redis 分布式锁：原写法（EXPIRE key 0 释放）的问题与正确写法。
// Store 是用到的 Redis 命令子集，这里用带过期时间的内存实现，时间用假时钟推进。
import { fmt } from './go';

interface Store {
  /** SET key val NX PX ttl：不存在才写入并设置过期，原子执行。 */
  setNXPX(key: string, val: string, ttlMs: number): boolean;
  /** EXPIRE key seconds；seconds <= 0 时直接删除 key。 */
  expire(key: string, seconds: number): boolean;
  /** Lua：GET 等于 val 才 DEL。 */
  compareAndDelete(key: string, val: string): boolean;
  /** Lua：GET 等于 val 才 PEXPIRE（续期）。 */
  compareAndPExpire(key: string, val: string, ttlMs: number): boolean;
  get(key: string): [string, boolean];
}

interface Entry {
  val: string;
  expireAt: number;
}

class MemStore implements Store {
  now = 0; // 假时钟（毫秒）
  private data = new Map<string, Entry>();

  private live(key: string): Entry | undefined {
    const e = this.data.get(key);
    if (e && e.expireAt <= this.now) {
      this.data.delete(key); // 惰性过期
      return undefined;
    }
    return e;
  }
  setNXPX(key: string, val: string, ttlMs: number): boolean {
    if (this.live(key)) return false;
    this.data.set(key, { val, expireAt: this.now + ttlMs });
    return true;
  }
  expire(key: string, seconds: number): boolean {
    const e = this.live(key);
    if (!e) return false;
    if (seconds <= 0) {
      this.data.delete(key);
      return true;
    }
    e.expireAt = this.now + seconds * 1000;
    return true;
  }
  compareAndDelete(key: string, val: string): boolean {
    const e = this.live(key);
    if (!e || e.val !== val) return false;
    this.data.delete(key);
    return true;
  }
  compareAndPExpire(key: string, val: string, ttlMs: number): boolean {
    const e = this.live(key);
    if (!e || e.val !== val) return false;
    e.expireAt = this.now + ttlMs;
    return true;
  }
  get(key: string): [string, boolean] {
    const e = this.live(key);
    return e ? [e.val, true] : ['', false];
  }
}

const key = 'lock:order:42';

function holder(s: Store): string {
  const [v, ok] = s.get(key);
  return ok ? v : '无';
}

// 原写法：所有客户端用同一个 value，释放时 EXPIRE key 0，谁都能删。
function seedVersion(): void {
  fmt.Println('== 原写法：固定 value，EXPIRE key 0 释放 ==');
  const s = new MemStore();
  fmt.Printf('t=%d A 加锁: %t\n', s.now, s.setNXPX(key, 'my_value', 30000));
  s.now = 31000; // A 的业务执行了 31 秒，锁在第 30 秒已过期
  fmt.Printf('t=%d B 加锁: %t\n', s.now, s.setNXPX(key, 'my_value', 30000));
  s.now = 40000; // A 终于做完，按原写法释放
  s.expire(key, 0);
  fmt.Printf('t=%d A 用 EXPIRE 0 释放后，持有者: %s（B 的锁被删了）\n', s.now, holder(s));
  fmt.Printf('t=%d C 加锁: %t，此时 B 和 C 都在临界区\n', s.now, s.setNXPX(key, 'my_value', 30000));
}

// 正确写法：每个客户端一个唯一 token，比较后删除。
function tokenVersion(): void {
  fmt.Println('== 正确写法：唯一 token + 比较后删除 ==');
  const s = new MemStore();
  // 真实代码的 token 用安全随机数生成，这里为了输出确定写成固定值。
  fmt.Printf('t=%d A 加锁(tokenA): %t\n', s.now, s.setNXPX(key, 'tokenA', 30000));
  fmt.Printf('t=%d B 加锁(tokenB): %t\n', s.now, s.setNXPX(key, 'tokenB', 30000));
  s.now = 31000;
  fmt.Printf('t=%d B 加锁(tokenB): %t\n', s.now, s.setNXPX(key, 'tokenB', 30000));
  s.now = 40000;
  fmt.Printf('t=%d A 比较后删除: %t，持有者仍是: %s\n', s.now, s.compareAndDelete(key, 'tokenA'), holder(s));
  fmt.Printf('t=%d B 比较后删除: %t，持有者: %s\n', s.now, s.compareAndDelete(key, 'tokenB'), holder(s));
}

// 看门狗：业务 45 秒，锁 TTL 30 秒，每 10 秒比较后续期一次。
function watchdogVersion(): void {
  fmt.Println('== 看门狗续期：TTL 30s，每 10s 续一次，业务耗时 45s ==');
  const s = new MemStore();
  fmt.Printf('t=%d A 加锁: %t\n', s.now, s.setNXPX(key, 'tokenA', 30000));
  for (let t = 10000; t <= 45000; t += 5000) {
    s.now = t;
    if (t % 10000 === 0) fmt.Printf('t=%d A 续期: %t\n', t, s.compareAndPExpire(key, 'tokenA', 30000));
    if (t === 35000) fmt.Printf('t=%d B 加锁: %t\n', t, s.setNXPX(key, 'tokenB', 30000));
  }
  fmt.Printf('t=%d A 完成并释放: %t，持有者: %s\n', s.now, s.compareAndDelete(key, 'tokenA'), holder(s));
}

seedVersion();
tokenVersion();
watchdogVersion();
