// 本地锁 + Redis 锁：先抢进程内的 Mutex，胜出者再去抢 Redis 锁。
// Store 是用到的 Redis 命令子集，这里用内存实现；每次调用前让出执行权，模拟网络往返。
import { go, Mutex, WaitGroup, runtime, fmt } from './go';

/** 模拟一次网络往返：让其他 goroutine 先跑。 */
const hop = (): Promise<void> => Promise.resolve();

const workers = 4; // 同一进程里的 goroutine 数
const rounds = 100; // 每个 goroutine 加几次
const lockKey = 'lock:counter';

interface Store {
  setNX(key: string, val: string): Promise<boolean>; // SET key val NX PX ttl
  compareAndDelete(key: string, val: string): Promise<boolean>; // Lua：值相等才 DEL
  get(key: string): Promise<string>;
  set(key: string, val: string): Promise<void>;
}

class MemStore implements Store {
  constructor(private data: Map<string, string>) {}
  async setNX(key: string, val: string): Promise<boolean> {
    await hop();
    if (this.data.has(key)) return false;
    this.data.set(key, val);
    return true;
  }
  async compareAndDelete(key: string, val: string): Promise<boolean> {
    await hop();
    if (this.data.get(key) !== val) return false;
    this.data.delete(key);
    return true;
  }
  async get(key: string): Promise<string> {
    await hop();
    return this.data.get(key) ?? '';
  }
  async set(key: string, val: string): Promise<void> {
    await hop();
    this.data.set(key, val);
  }
}

const local = new Mutex(); // 进程内的本地锁
let attempts = 0; // 向 Redis 发出的加锁请求数
let failures = 0; // 其中失败的次数

// withLock：先本地锁、后 Redis 锁；释放时先 Redis、后本地，顺序不能反。
async function withLock(s: Store, token: string, fn: () => Promise<void>): Promise<void> {
  await local.lock();
  try {
    for (;;) {
      attempts++;
      if (await s.setNX(lockKey, token)) break;
      failures++;
      await runtime.gosched(); // 真实代码：带退避的重试
    }
    try {
      await fn();
    } finally {
      await s.compareAndDelete(lockKey, token);
    }
  } finally {
    local.unlock();
  }
}

const s = new MemStore(new Map([['counter', '0']]));
const wg = new WaitGroup();
for (let w = 0; w < workers; w++) {
  wg.add(1);
  go(async () => {
    for (let i = 0; i < rounds; i++) {
      const token = `proc1-g${w}-${i}`; // 真实代码用随机 token
      await withLock(s, token, async () => {
        // 读改写分成两步（两次网络往返），必须在锁内
        const n = Number(await s.get('counter'));
        await s.set('counter', String(n + 1));
      });
    }
    wg.done();
  });
}
await wg.wait();
fmt.Printf('counter = %s（期望 %d）\n', await s.get('counter'), workers * rounds);
fmt.Printf('Redis 加锁请求 %d 次，失败 %d 次\n', attempts, failures);
fmt.Printf('锁已释放: %t\n', (await s.get(lockKey)) === '');
