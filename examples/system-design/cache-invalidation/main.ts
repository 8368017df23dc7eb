// 常见的错误示例：写入一个 key 后执行 FLUSHDB，声称“更新其他节点的缓存”。
// 这里先演示 FLUSHDB 的真实后果，再实现正确的 Cache-Aside 失效。
// Redis 客户端换成了一个小接口 Cache，用内存实现运行。
import { fmt } from './go';

// 可以修改：缓存里预热的 key 数、每个 key 在更新后被读取的次数
const KEYS = 1000;
const READS_PER_KEY = 10;

// Cache 是本例用到的 Redis 命令子集
interface Cache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  del(key: string): void;
  flushDB(): void;
  dbSize(): number;
}

class MemCache implements Cache {
  private m = new Map<string, string>();
  get(k: string): string | undefined {
    return this.m.get(k);
  }
  set(k: string, v: string): void {
    this.m.set(k, v);
  }
  del(k: string): void {
    this.m.delete(k);
  }
  flushDB(): void {
    this.m = new Map(); // 清空整个库里的所有 key
  }
  dbSize(): number {
    return this.m.size;
  }
}

// 模拟数据库，并统计被查询了多少次（回源次数）
class DB {
  rows = new Map<string, string>();
  loads = 0;
  load(key: string): string {
    this.loads++;
    return this.rows.get(key) ?? '';
  }
  update(key: string, v: string): void {
    this.rows.set(key, v);
  }
}

class Service {
  constructor(
    readonly cache: Cache,
    readonly db: DB,
  ) {}

  // Cache-Aside 的读路径：先读缓存，未命中查库并回填
  get(key: string): string {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const v = this.db.load(key);
    this.cache.set(key, v);
    return v;
  }

  // 错误的做法：写缓存后 FLUSHDB
  updateWrong(key: string, v: string): void {
    this.db.update(key, v);
    this.cache.set(key, v);
    this.cache.flushDB(); // 清掉的是所有 key，而不是“同步其他节点”
  }

  // Cache-Aside 的写路径：先更新数据库，再只删除这一个 key
  updateRight(key: string, v: string): void {
    this.db.update(key, v);
    this.cache.del(key);
  }
}

function setup(): Service {
  const db = new DB();
  for (let i = 0; i < KEYS; i++) db.rows.set(`item:${i}`, `v1-${i}`);
  const s = new Service(new MemCache(), db);
  for (let i = 0; i < KEYS; i++) s.get(`item:${i}`); // 预热
  db.loads = 0;
  return s;
}

function readAll(s: Service): void {
  const keys = [...s.db.rows.keys()].sort();
  for (let round = 0; round < READS_PER_KEY; round++) {
    for (const k of keys) s.get(k);
  }
}

fmt.Println('== 错误做法：SET 后 FLUSHDB ==');
let s = setup();
fmt.Println('更新前缓存中的 key 数:', s.cache.dbSize());
s.updateWrong('item:42', 'v2-42');
fmt.Println('更新后缓存中的 key 数:', s.cache.dbSize());
readAll(s);
fmt.Println(`随后 ${KEYS * READS_PER_KEY} 次读取的回源次数:`, s.db.loads);
fmt.Println('item:42 =', s.get('item:42'));

fmt.Println('== Cache-Aside：更新数据库后只删除这个 key ==');
s = setup();
s.updateRight('item:42', 'v2-42');
fmt.Println('更新后缓存中的 key 数:', s.cache.dbSize());
readAll(s);
fmt.Println(`随后 ${KEYS * READS_PER_KEY} 次读取的回源次数:`, s.db.loads);
fmt.Println('item:42 =', s.get('item:42'));
