// 分布式计数器：INCR 的原子读改写，以及“先 GET 再 SET”为什么会丢更新。
// Counter 是用到的 Redis 命令子集，这里用内存实现；每个命令前让出执行权，模拟网络往返。
import { go, WaitGroup, fmt } from './go';

const workers = 4; // 并发 worker 数
const perWorker = 250; // 每个 worker INCR 的次数

interface Counter {
  get(key: string): Promise<number>;
  set(key: string, v: number): Promise<void>;
  incr(key: string): Promise<number>; // 服务端一步完成读改写，返回新值
}

const hop = (): Promise<void> => Promise.resolve();

class MemRedis implements Counter {
  constructor(private data: Map<string, number>) {}
  async get(key: string): Promise<number> {
    await hop();
    return this.data.get(key) ?? 0;
  }
  async set(key: string, v: number): Promise<void> {
    await hop();
    this.data.set(key, v);
  }
  async incr(key: string): Promise<number> {
    await hop();
    const v = (this.data.get(key) ?? 0) + 1; // 读和写之间没有 await，相当于在服务端原子执行
    this.data.set(key, v);
    return v;
  }
}

const r = new MemRedis(new Map([['views', 10]]));

fmt.Println('== 先 GET 再 SET：两个客户端交错执行 ==');
const a = await r.get('views');
fmt.Println('A GET views ->', a);
const b = await r.get('views');
fmt.Println('B GET views ->', b);
await r.set('views', a + 1);
fmt.Println('A SET views', a + 1);
await r.set('views', b + 1);
fmt.Println('B SET views', b + 1);
fmt.Printf('两次访问后 views = %d（期望 12，丢了一次）\n', await r.get('views'));

fmt.Println('== INCR：服务端原子读改写 ==');
fmt.Println('A INCR views ->', await r.incr('views'));
fmt.Println('B INCR views ->', await r.incr('views'));

const wg = new WaitGroup();
for (let w = 0; w < workers; w++) {
  wg.add(1);
  go(async () => {
    for (let i = 0; i < perWorker; i++) {
      await r.incr('pv');
      await r.incr(`pv:shard:${i % 4}`); // 热点 key 拆成 4 个分片
    }
    wg.done();
  });
}
await wg.wait();
fmt.Printf('%d 个并发 worker 各 INCR %d 次: pv = %d\n', workers, perWorker, await r.get('pv'));
let sum = 0;
for (let s = 0; s < 4; s++) sum += await r.get(`pv:shard:${s}`);
fmt.Printf('分片计数器 4 个分片求和 = %d\n', sum);
