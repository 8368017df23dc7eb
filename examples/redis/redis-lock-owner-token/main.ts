// Redis 分布式锁：SET key token NX PX ttl 加锁，释放时“比较 token 再删除”。
// 用一个带过期时间的内存 KV 代替 Redis，用虚拟时钟代替真实时间，结果可复现。
// 场景：客户端 A 拿到锁后卡顿（GC 停顿、网络抖动），工作时间超过了锁的租期。
//   1. 释放时不检查持有者：A 删掉了 B 的锁，C 又拿到锁，B 和 C 同时在临界区。
//   2. 释放时比较 token（Lua 脚本原子执行）：A 删不掉 B 的锁，C 拿不到锁。
//   3. 即使检查了持有者，A 在租期过后仍以为自己持有锁：用单调递增的 fencing token 让存储拒绝旧写入。
//      fencing token 必须和加锁在同一个 Lua 脚本里发放（SET NX 成功才 INCR），否则“加锁成功、还没拿到编号”
//      之间卡住的客户端，可能拿到比下一个持有者更大的编号。
//
// 可以改的参数：
export {}; // 让本文件成为模块，避免与其他示例的全局名字冲突
const TTL_MS = 100; // 锁的租期
const A_WORK_MS = 150; // A 持锁后的工作时间（大于 TTL_MS 时出问题）
const B_START_MS = 110; // B 尝试加锁的时间
const C_START_MS = 160; // C 尝试加锁的时间

class FakeRedis {
  now = 0;
  private data = new Map<string, { value: string; expireAt: number }>();

  private alive(key: string): { value: string; expireAt: number } | undefined {
    const e = this.data.get(key);
    if (e && e.expireAt <= this.now) {
      this.data.delete(key); // 惰性删除
      return undefined;
    }
    return e;
  }
  // SET key value NX PX ttl
  setNXPX(key: string, value: string, ttl: number): boolean {
    if (this.alive(key)) return false;
    this.data.set(key, { value, expireAt: this.now + ttl });
    return true;
  }
  get(key: string): string | null {
    return this.alive(key)?.value ?? null;
  }
  del(key: string): number {
    return this.alive(key) && this.data.delete(key) ? 1 : 0;
  }
  // 相当于 EVAL "if redis.call('get',KEYS[1])==ARGV[1] then return redis.call('del',KEYS[1]) else return 0 end"
  // 在 Redis 里脚本整体原子执行，GET 和 DEL 之间不会插入别的命令
  compareAndDelete(key: string, token: string): number {
    return this.get(key) === token ? this.del(key) : 0;
  }
  private counters = new Map<string, number>();
  incr(key: string): number {
    const v = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, v);
    return v;
  }
  // 相当于一个 Lua 脚本：SET key token NX PX ttl 成功后，在同一个脚本里 INCR 发放编号并和锁一起返回
  //   if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return redis.call('INCR', KEYS[2]) end
  //   return 0
  // 脚本执行期间不会插入其他命令，所以“谁先拿到锁，谁的编号就更小”
  lockWithFence(key: string, token: string, ttl: number, fenceKey: string): number {
    if (!this.setNXPX(key, token, ttl)) return 0;
    return this.incr(fenceKey);
  }
}

function log(r: FakeRedis, msg: string): void {
  console.log(`t=${String(r.now).padStart(3)}ms ${msg}`);
}

function scenario(title: string, safeRelease: boolean): void {
  console.log(`=== ${title} ===`);
  const r = new FakeRedis();
  const holders = new Set<string>();
  const tryLock = (client: string, token: string): void => {
    const ok = r.setNXPX('lock:order', token, TTL_MS);
    if (ok) holders.add(client);
    log(r, `${client} SET lock:order ${token} NX PX ${TTL_MS} -> ${ok ? 'OK，进入临界区' : 'nil，加锁失败'}`);
    if (holders.size > 1) log(r, `!! 同时认为自己持有锁的客户端：${[...holders].join(', ')}`);
  };

  tryLock('A', 'token-A');
  r.now = B_START_MS;
  log(r, `A 的租期已过（${TTL_MS}ms），锁自动过期，但 A 还在工作`);
  tryLock('B', 'token-B');
  r.now = A_WORK_MS;
  holders.delete('A');
  if (safeRelease) {
    const n = r.compareAndDelete('lock:order', 'token-A');
    log(r, `A 完成，比较 token 后删除 -> ${n}（锁已经属于 ${r.get('lock:order')}，不删）`);
  } else {
    const n = r.del('lock:order');
    log(r, `A 完成，直接 DEL lock:order -> ${n}（删掉的是 B 的锁）`);
  }
  r.now = C_START_MS;
  tryLock('C', 'token-C');
}

scenario('释放时不检查持有者', false);
scenario('释放时比较 token', true);

// fencing token：加锁和发放递增编号在同一个脚本里完成，存储只接受不小于已见最大编号的写入。
// 编号和加锁是原子的，每个编号只属于一个持有者，所以“等于”只会是同一个持有者的再次写入。
console.log('=== fencing token：挡住租期过后的迟到写入 ===');
{
  const r = new FakeRedis();
  let highest = 0;
  const write = (client: string, fence: number): void => {
    const ok = fence >= highest;
    if (ok) highest = fence;
    log(r, `${client} 携带 fence=${fence} 写存储 -> ${ok ? '接受' : `拒绝（已见过 ${highest}）`}`);
  };
  const fenceA = r.lockWithFence('lock:order', 'token-A', TTL_MS, 'lock:order:fence');
  log(r, `A 加锁成功，同一脚本里拿到 fence=${fenceA}`);
  r.now = B_START_MS;
  const fenceB = r.lockWithFence('lock:order', 'token-B', TTL_MS, 'lock:order:fence');
  log(r, `A 的锁已过期，B 加锁成功，同一脚本里拿到 fence=${fenceB}`);
  r.now = B_START_MS + 5;
  write('B', fenceB);
  r.now = A_WORK_MS;
  write('A', fenceA);
}
