// etcd 分布式锁：网上常见的 etcdsync（v2 API）示例逻辑的两个 bug，以及 v3 concurrency.Mutex 的正确做法。
// KV 接口抽象了用到的能力（租约、全局 revision、条件写入、按 key 的删除 watch），
// 用单线程的内存实现和假时钟运行，输出是确定的。
import { fmt } from './go';

interface KeyValue {
  key: string;
  value: string;
  createRevision: number;
  lease: number;
}

interface KV {
  grant(ttlMs: number): number; // 创建租约，返回租约 ID
  stopKeepAlive(lease: number): void; // 客户端不再续约（崩溃或卡住）
  putIfAbsent(key: string, val: string, lease: number): [boolean, number]; // Txn: If(CreateRevision(key)==0).Then(Put)
  delete(key: string): void;
  getPrefix(prefix: string): KeyValue[]; // 按 CreateRevision 升序
  watchDelete(key: string, fn: (action: string) => void): void; // key 被删除或过期时回调一次
  now(): number;
}

interface Lease {
  ttl: number;
  expireAt: number;
  renewing: boolean;
}

class MemEtcd implements KV {
  private clock = 0;
  private rev = 1;
  private nextID = 0;
  private kvs = new Map<string, KeyValue>();
  private leases = new Map<number, Lease>();
  private watchers = new Map<string, Array<(action: string) => void>>();

  now(): number {
    return this.clock;
  }
  grant(ttlMs: number): number {
    this.nextID++;
    this.leases.set(this.nextID, { ttl: ttlMs, expireAt: this.clock + ttlMs, renewing: true });
    return this.nextID;
  }
  stopKeepAlive(id: number): void {
    const l = this.leases.get(id);
    if (l) {
      l.renewing = false;
      l.expireAt = this.clock + l.ttl; // 最后一次续约发生在此刻
    }
  }
  putIfAbsent(key: string, val: string, lease: number): [boolean, number] {
    const old = this.kvs.get(key);
    if (old) return [false, old.createRevision];
    this.rev++;
    this.kvs.set(key, { key, value: val, createRevision: this.rev, lease });
    return [true, this.rev];
  }
  private remove(key: string, action: string): void {
    if (!this.kvs.has(key)) return;
    this.rev++;
    this.kvs.delete(key);
    const ws = this.watchers.get(key) ?? [];
    this.watchers.delete(key);
    for (const fn of ws) fn(action);
  }
  delete(key: string): void {
    this.remove(key, 'delete');
  }
  getPrefix(prefix: string): KeyValue[] {
    return [...this.kvs.values()].filter((kv) => kv.key.startsWith(prefix)).sort((a, b) => a.createRevision - b.createRevision);
  }
  watchDelete(key: string, fn: (action: string) => void): void {
    const ws = this.watchers.get(key) ?? [];
    ws.push(fn);
    this.watchers.set(key, ws);
  }
  /** 推进假时钟；续约中的租约自动延长，停止续约的租约到期后删除它名下的 key。 */
  advance(to: number): void {
    this.clock = to;
    const ids = [...this.leases.keys()].sort((a, b) => a - b);
    for (const id of ids) {
      const l = this.leases.get(id)!;
      if (l.renewing) {
        l.expireAt = this.clock + l.ttl;
        continue;
      }
      if (l.expireAt <= this.clock) {
        this.leases.delete(id);
        for (const kv of this.getPrefix('')) {
          if (kv.lease === id) {
            fmt.Printf('t=%d 租约 %d 到期，删除 %s\n', this.clock, id, kv.key);
            this.remove(kv.key, 'expire');
          }
        }
      }
    }
  }
}

// ---------------- 第一部分：etcdsync 示例的 v2 逻辑 ----------------

// seedLock 复刻 etcdsync 的 lock()：创建失败就 watch，收到删除/过期事件直接“成功”。
function seedLock(kv: KV, name: string, holders: Set<string>): void {
  const l = kv.grant(10000);
  if (kv.putIfAbsent('/lock', name, l)[0]) {
    fmt.Printf('t=%d %s 创建 /lock: 成功\n', kv.now(), name);
    holders.add(name);
    return;
  }
  fmt.Printf('t=%d %s 创建 /lock: 已存在，watch /lock\n', kv.now(), name);
  kv.watchDelete('/lock', (action) => {
    // BUG：没有重新创建 key，就把“锁被释放”当成“我拿到了锁”
    fmt.Printf('t=%d %s 收到 %s 事件，返回加锁成功\n', kv.now(), name, action);
    holders.add(name);
  });
}

// seedLockRetry 复刻 etcdsync 的 Lock()：错误被丢弃，返回值从未赋值（Go 里是 nil）。
function seedLockRetry(tryLock: () => Error | null): Error | null {
  const err: Error | null = null;
  for (let i = 1; i <= 3; i++) {
    if (tryLock() === null) return null;
  }
  return err;
}

// fixedLockRetry 保存并返回最后一次错误。
function fixedLockRetry(tryLock: () => Error | null): Error | null {
  let err: Error | null = null;
  for (let i = 1; i <= 3; i++) {
    err = tryLock();
    if (err === null) return null;
  }
  return err;
}

function partSeed(): void {
  fmt.Println('== etcdsync 示例的逻辑（v2 API）==');
  const kv = new MemEtcd();
  const holders = new Set<string>();
  seedLock(kv, 'A', holders);
  seedLock(kv, 'B', holders);
  seedLock(kv, 'C', holders);
  kv.stopKeepAlive(1); // A 卡住（例如长 GC），不再续约
  kv.advance(10000);
  const names = [...holders].filter((n) => n !== 'A').sort();
  fmt.Printf('A 之外认为自己持锁的客户端: %v，etcd 中 /lock 仍存在: %t\n', names, kv.getPrefix('/lock').length > 0);

  const unavailable = (): Error | null => new Error('etcd unavailable');
  fmt.Printf('原 Lock() 三次都失败后返回: %v\n', seedLockRetry(unavailable));
  fmt.Printf('修正后的 Lock() 返回: %v\n', fixedLockRetry(unavailable));
}

// ---------------- 第二部分：v3 concurrency.Mutex 的做法 ----------------

interface Client {
  name: string;
  lease: number;
  key: string;
  rev: number;
  gone: boolean;
}

const prefix = '/lock/order-42/';

function newClient(name: string): Client {
  return { name, lease: 0, key: '', rev: 0, gone: false };
}

// lock 对应 Mutex.Lock：写入 前缀+租约ID，revision 最小者持锁，否则 watch 前一个 key。
function lock(kv: KV, c: Client, onAcquire: (c: Client) => void): void {
  c.lease = kv.grant(10000);
  c.key = fmt.Sprintf('%s%x', prefix, c.lease);
  c.rev = kv.putIfAbsent(c.key, c.name, c.lease)[1];
  fmt.Printf('t=%d %s 写入 %s，CreateRevision=%d\n', kv.now(), c.name, c.key, c.rev);
  check(kv, c, onAcquire);
}

function check(kv: KV, c: Client, onAcquire: (c: Client) => void): void {
  if (c.gone) return;
  const kvs = kv.getPrefix(prefix);
  if (kvs[0].key === c.key) {
    fmt.Printf('t=%d %s 持有锁，fencing token=%d\n', kv.now(), c.name, c.rev);
    onAcquire(c);
    return;
  }
  let prev = kvs[0]; // CreateRevision 小于自己的最后一个 key
  for (const x of kvs) if (x.createRevision < c.rev) prev = x;
  fmt.Printf('t=%d %s 等待，watch 前一个 key %s（%s）\n', kv.now(), c.name, prev.key, prev.value);
  kv.watchDelete(prev.key, () => check(kv, c, onAcquire));
}

function partV3(): void {
  fmt.Println('== v3 写法：租约 + revision + watch 前一个 key ==');
  const kv = new MemEtcd();
  const order: string[] = [];
  const acquired = (c: Client): void => {
    order.push(c.name);
  };
  const a = newClient('A');
  const b = newClient('B');
  const d = newClient('D');
  const c = newClient('C');
  lock(kv, a, acquired);
  lock(kv, b, acquired);
  lock(kv, d, acquired);
  lock(kv, c, acquired);

  kv.advance(1000);
  fmt.Printf('t=%d D 等不及，取消等待并删除自己的 key\n', kv.now());
  d.gone = true;
  kv.delete(d.key);

  kv.advance(2000);
  fmt.Printf('t=%d A 解锁\n', kv.now());
  kv.delete(a.key);

  kv.advance(3000);
  fmt.Printf('t=%d B 进程崩溃，租约停止续约\n', kv.now());
  kv.stopKeepAlive(b.lease);
  kv.advance(13000);
  fmt.Printf('持锁顺序: %v\n', order);
}

partSeed();
partV3();
