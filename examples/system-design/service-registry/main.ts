// 服务注册与发现：租约 TTL + KeepAlive 续约 + 前缀 Get + Watch。
// etcd 客户端换成小接口 Registry，用带假时钟的内存实现运行；
// 方法对应 etcd v3 的 Grant / Put(WithLease) / KeepAlive / Get(WithPrefix) / Watch(WithPrefix, WithRev)。
import { fmt } from './go';

// 可以修改：租约 TTL（秒）、续约间隔（秒）、order-2 卡死和恢复的时间（秒）
const TTL_SEC = 10;
const KEEPALIVE_EVERY = 3;
const CRASH_AT = 7;
const RECOVER_AT = 20;

type LeaseID = number;

interface KV {
  Key: string;
  Value: string;
}

interface Event {
  type: 'PUT' | 'DELETE';
  key: string;
  value: string;
  rev: number;
}

interface Registry {
  grant(ttlSec: number): LeaseID;
  put(key: string, value: string, lease: LeaseID): [number, Error | null];
  keepAlive(lease: LeaseID): Error | null;
  get(prefix: string): [KV[], number];
  watch(prefix: string, fromRev: number, fn: (e: Event) => void): void;
}

const ErrLeaseNotFound = new Error('requested lease not found');

interface Lease {
  ttl: number;
  lastRenew: number;
  keys: string[];
}

interface Watcher {
  prefix: string;
  fromRev: number;
  fn: (e: Event) => void;
}

class MemRegistry implements Registry {
  now = 0; // 秒
  private rev = 0;
  private nextID = 0;
  private kv = new Map<string, string>();
  private leases = new Map<LeaseID, Lease>();
  private watchers: Watcher[] = [];

  grant(ttl: number): LeaseID {
    this.nextID++;
    this.leases.set(this.nextID, { ttl, lastRenew: this.now, keys: [] });
    return this.nextID;
  }

  put(key: string, value: string, id: LeaseID): [number, Error | null] {
    const l = this.leases.get(id);
    if (!l) return [0, ErrLeaseNotFound];
    l.keys.push(key);
    this.kv.set(key, value);
    this.rev++;
    this.notify({ type: 'PUT', key, value, rev: this.rev });
    return [this.rev, null];
  }

  keepAlive(id: LeaseID): Error | null {
    const l = this.leases.get(id);
    if (!l) return ErrLeaseNotFound;
    l.lastRenew = this.now;
    return null;
  }

  get(prefix: string): [KV[], number] {
    const out = [...this.kv].filter(([k]) => k.startsWith(prefix)).map(([Key, Value]) => ({ Key, Value }));
    out.sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0));
    return [out, this.rev];
  }

  watch(prefix: string, fromRev: number, fn: (e: Event) => void): void {
    this.watchers.push({ prefix, fromRev, fn });
  }

  private notify(e: Event): void {
    for (const w of this.watchers) {
      if (e.key.startsWith(w.prefix) && e.rev >= w.fromRev) w.fn(e);
    }
  }

  // 推进时钟，并删除已过期租约及其绑定的所有 key
  advance(sec: number): void {
    this.now += sec;
    const ids = [...this.leases.keys()].sort((a, b) => a - b);
    for (const id of ids) {
      const l = this.leases.get(id)!;
      if (this.now - l.lastRenew < l.ttl) continue;
      this.leases.delete(id);
      for (const k of l.keys) {
        if (this.kv.has(k)) {
          this.kv.delete(k);
          this.rev++;
          this.notify({ type: 'DELETE', key: k, value: '', rev: this.rev });
        }
      }
    }
  }
}

const prefix = '/services/order/';

class Instance {
  lease: LeaseID = 0;
  crashed = false;
  constructor(
    readonly name: string,
    readonly addr: string,
  ) {}
  register(reg: Registry, ttl: number): void {
    this.lease = reg.grant(ttl);
    const [, err] = reg.put(prefix + this.name, this.addr, this.lease);
    if (err) fmt.Println('register error:', err);
  }
}

const names = (m: Map<string, string>): string[] => [...m.keys()].sort();

const reg = new MemRegistry();
const insts = [new Instance('order-1', '10.0.0.5:8080'), new Instance('order-2', '10.0.0.6:8080')];
for (const inst of insts) inst.register(reg, TTL_SEC);

// 调用方（网关）：先全量 Get，再从下一个 revision 开始 Watch 增量
const local = new Map<string, string>();
let [kvs, rev] = reg.get(prefix);
for (const kv of kvs) local.set(kv.Key.slice(prefix.length), kv.Value);
fmt.Printf('t=%2ds gateway Get rev=%d instances=%v\n', reg.now, rev, names(local));
reg.watch(prefix, rev + 1, (e) => {
  const name = e.key.slice(prefix.length);
  if (e.type === 'PUT') local.set(name, e.value);
  else local.delete(name);
  fmt.Printf('t=%2ds watch %-6s %s rev=%d -> instances=%v\n', reg.now, e.type, name, e.rev, names(local));
});

let keepalives = 0;
for (let step = 1; step <= 24; step++) {
  reg.advance(1);
  const t = reg.now;
  if (t === CRASH_AT) {
    insts[1].crashed = true; // order-2 进程卡死，不再续约
    fmt.Printf('t=%2ds order-2 crashed (last keepalive at t=%ds)\n', t, Math.floor((CRASH_AT - 1) / KEEPALIVE_EVERY) * KEEPALIVE_EVERY);
  }
  if (t === 12) {
    const inst = new Instance('order-3', '10.0.0.7:8080');
    insts.push(inst);
    inst.register(reg, TTL_SEC);
  }
  if (t === RECOVER_AT) {
    // order-2 恢复：旧租约已过期，续约失败后重新申请租约并注册
    insts[1].crashed = false;
    const err = reg.keepAlive(insts[1].lease);
    if (err) {
      fmt.Printf('t=%2ds order-2 keepalive lease=%d: %v -> re-register\n', t, insts[1].lease, err);
      insts[1].register(reg, TTL_SEC);
    }
  }
  if (t % KEEPALIVE_EVERY === 0) {
    for (const inst of insts) {
      if (!inst.crashed && reg.keepAlive(inst.lease) === null) keepalives++;
    }
  }
}
[kvs, rev] = reg.get(prefix);
fmt.Printf('t=%2ds final rev=%d keepalives=%d registry=%v\n', reg.now, rev, keepalives, kvs);
