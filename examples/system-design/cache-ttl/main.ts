// 常见示例：setCache/getCache 的 SET 过期时间为 0（永不过期），并把 key 不存在当成错误。
// 这里改成：所有写入都带 TTL；get 区分“未命中”（ErrNil）和真正的错误；
// 在上面实现 Cache-Aside 的 getOrLoad。Redis 换成带假时钟的内存实现。
import { fmt } from './go';

// 可以修改：TTL（秒）和读取 user:1 的时间点（秒）
const TTL_SEC = 10;
const READ_AT = [0, 3, 9, 10, 15, 21];

// ErrNil 表示 key 不存在，对应 go-redis 的 redis.Nil
const ErrNil = new Error('cache: nil');

type Result<T> = [T, Error | null];

interface Cache {
  set(key: string, value: string, ttlMs: number): Error | null;
  get(key: string): Result<string>;
}

const clock = { now: 0 }; // 毫秒

interface Entry {
  value: string;
  expireAt: number; // 0 表示永不过期
}

class MemCache implements Cache {
  private m = new Map<string, Entry>();
  set(key: string, value: string, ttlMs: number): Error | null {
    this.m.set(key, { value, expireAt: ttlMs > 0 ? clock.now + ttlMs : 0 });
    return null;
  }
  get(key: string): Result<string> {
    const e = this.m.get(key);
    if (!e) return ['', ErrNil];
    if (e.expireAt !== 0 && clock.now >= e.expireAt) {
      // 和 Redis 一样，访问时发现过期就删除
      this.m.delete(key);
      return ['', ErrNil];
    }
    return [e.value, null];
  }
}

// 命中直接返回；未命中调用 load 回源并回填（带 TTL）；其他错误向上返回
function getOrLoad(c: Cache, key: string, ttlMs: number, load: () => Result<string>): [string, boolean, Error | null] {
  const [v, err] = c.get(key);
  if (err === null) return [v, true, null];
  if (err !== ErrNil) return ['', false, err];
  const [loaded, lerr] = load();
  if (lerr !== null) return ['', false, lerr];
  const serr = c.set(key, loaded, ttlMs);
  if (serr !== null) return ['', false, serr];
  return [loaded, false, null];
}

const cache = new MemCache();
let dbLoads = 0;
const loadUser = (): Result<string> => {
  dbLoads++;
  return [`Alice(v${dbLoads})`, null];
};

// 1. 常见示例的 SET key value 0：永不过期，只能靠淘汰策略清理
cache.set('config:site', 'dark-mode', 0);
clock.now = 24 * 3600 * 1000;
{
  const [v, err] = cache.get('config:site');
  fmt.Printf('ttl=0 after 24h: %q err=%v\n', v, err);
}

// 2. 不存在的 key 是“未命中”，不是致命错误
clock.now = 0;
{
  const [, err] = cache.get('user:404');
  fmt.Printf('missing key: err=%v isNil=%v\n', err, err === ErrNil);
}

// 3. Cache-Aside
for (const sec of READ_AT) {
  clock.now = sec * 1000;
  const [v, hit, err] = getOrLoad(cache, 'user:1', TTL_SEC * 1000, loadUser);
  if (err !== null) {
    fmt.Println('error:', err);
    continue;
  }
  fmt.Printf('t=%2ds user:1=%s (%s)\n', sec, v, hit ? 'hit' : 'miss -> db');
}
fmt.Println('db loads:', dbLoads);
