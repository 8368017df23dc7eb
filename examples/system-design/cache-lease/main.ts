// 缓存租约（lease）：Facebook memcache 论文里的做法，这里用内存实现代替真实的 memcached / Redis。
// 未命中时缓存发一个租约 token；回填必须带着 token，写请求的删除会让 token 作废。
// 第一部分：经典竞态“读请求查到旧值 -> 写请求更新数据库并删缓存 -> 读请求回填旧值”，
//           没有租约时缓存里留下旧值，有租约时旧值的回填被拒绝。
// 第二部分：热点 key 失效时 N 个请求同时未命中：没有租约时全部查库，有租约时只有拿到 token 的那个查库。
import { fmt } from './go';

// ===== 可以修改的参数 =====
const HOT_READERS = 8; // 同时未命中的读请求数
const LEASE_EVERY_MS = 10000; // 每个 key 多久最多发一次 token（论文里是 10 秒）

type GetResult = { kind: 'hit'; value: string } | { kind: 'lease'; token: number } | { kind: 'wait' };

class LeaseCache {
  private values = new Map<string, string>();
  private leases = new Map<string, { token: number; issuedAt: number }>();
  private nextToken = 0;
  constructor(private useLease: boolean) {}

  get(key: string, now: number): GetResult {
    const v = this.values.get(key);
    if (v !== undefined) return { kind: 'hit', value: v };
    if (!this.useLease) return { kind: 'lease', token: 0 }; // 没有租约：谁未命中谁查库
    const l = this.leases.get(key);
    if (l !== undefined && now - l.issuedAt < LEASE_EVERY_MS) return { kind: 'wait' }; // 别人正在回填：稍等再读
    const token = ++this.nextToken;
    this.leases.set(key, { token, issuedAt: now });
    return { kind: 'lease', token };
  }
  // 回填：有租约时必须带着仍然有效的 token
  set(key: string, value: string, token: number): boolean {
    if (this.useLease) {
      const l = this.leases.get(key);
      if (l === undefined || l.token !== token) return false;
      this.leases.delete(key);
    }
    this.values.set(key, value);
    return true;
  }
  // 写请求的删除：同时作废这个 key 上的租约
  del(key: string): void {
    this.values.delete(key);
    this.leases.delete(key);
  }
  peek(key: string): string {
    return this.values.get(key) ?? '（空）';
  }
}

function staleSet(useLease: boolean): void {
  fmt.Printf('-- 回填旧值：%s --\n', useLease ? '有租约' : '没有租约');
  const cache = new LeaseCache(useLease);
  let db = 'v1';
  const r = cache.get('user:1', 0); // 读请求 R 未命中
  const token = r.kind === 'lease' ? r.token : -1;
  fmt.Printf('R 未命中%s\n', useLease ? `，拿到租约 token=${token}` : '');
  const seen = db; // R 查库得到 v1，随后被调度走
  fmt.Printf('R 查库得到 %s，然后卡住\n', seen);
  db = 'v2'; // 写请求 W 更新数据库并删缓存
  cache.del('user:1');
  fmt.Printf('W 更新数据库为 %s，删除缓存%s\n', db, useLease ? '（token 一并作废）' : '');
  const ok = cache.set('user:1', seen, token);
  fmt.Printf('R 回填 %s：%s\n', seen, ok ? '成功' : '被拒绝，token 已失效');
  const stale = cache.peek('user:1') === 'v1';
  fmt.Printf('结果：缓存 = %s，数据库 = %s%s\n', cache.peek('user:1'), db, stale ? '  <== 缓存是旧值' : '');
}

function herd(useLease: boolean): void {
  fmt.Printf('-- 热点 key 失效，%d 个读请求同时到达：%s --\n', HOT_READERS, useLease ? '有租约' : '没有租约');
  const cache = new LeaseCache(useLease);
  const db = 'v7';
  let dbQueries = 0;
  const waiting: number[] = [];
  let filler = -1;
  let fillerToken = 0;
  for (let i = 1; i <= HOT_READERS; i++) {
    const r = cache.get('hot', 0);
    if (r.kind === 'wait') waiting.push(i);
    else if (r.kind === 'lease') {
      dbQueries++;
      if (filler < 0) {
        filler = i;
        fillerToken = r.token;
      }
    }
  }
  fmt.Printf('t=0   查库 %d 次，等待的请求 %d 个\n', dbQueries, waiting.length);
  cache.set('hot', db, fillerToken); // 拿到 token 的请求回填
  fmt.Printf('t=5   请求 %d 回填 %s\n', filler, db);
  let hits = 0;
  for (const _ of waiting) {
    const r = cache.get('hot', 10); // 等待者稍后重读
    if (r.kind === 'hit') hits++;
  }
  if (waiting.length > 0) fmt.Printf('t=10  %d 个等待者重读，命中 %d 个\n', waiting.length, hits);
  fmt.Printf('结果：数据库查询 %d 次\n', dbQueries);
}

fmt.Println('== 第一部分：租约挡住旧值回填 ==');
staleSet(false);
staleSet(true);
fmt.Println('== 第二部分：租约合并热点 key 的回源 ==');
herd(false);
herd(true);
