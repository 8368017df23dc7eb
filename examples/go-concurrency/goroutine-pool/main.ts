// 一个常见的 Pool 写法：带缓冲 channel 限制并发 + WaitGroup 等待收尾。
// runtime.numGoroutine 只在状态稳定时读取，否则“前一个已 done 还没退出”的 goroutine 会让读数跳动。
// 最后一批任务停在 hold 上，直到 main 读完数，所以输出是确定的。
import { go, chan, sleep, WaitGroup, atomic, runtime, fmt, type Chan } from './go';

// 可以改：池大小和任务数
const SIZE = 5;
const TASKS = 20;

class Pool {
  private readonly queue: Chan<void>;
  private readonly wg = new WaitGroup();
  constructor(size: number) {
    this.queue = chan<void>(size <= 0 ? 1 : size);
  }
  /** 占用一个名额（满了就阻塞），并登记一个待完成任务。 */
  async add(): Promise<void> {
    await this.queue.send();
    this.wg.add(1);
  }
  /** 归还名额并标记任务完成。 */
  async done(): Promise<void> {
    await this.queue.recv();
    this.wg.done();
  }
  wait(): Promise<void> {
    return this.wg.wait();
  }
}

// 等到 goroutine 数降到 want：调用了 done 的 goroutine 还要执行完剩下的代码才真正退出。
async function waitGoroutines(want: number): Promise<void> {
  while (runtime.numGoroutine() > want) {
    await sleep(1);
  }
}

const pool = new Pool(SIZE);
const running = new atomic.Int32();
const peak = new atomic.Int32();
const hold = chan<void>(); // 最后一批任务在这里等 main 读完数
const ready = chan<void>(SIZE); // 最后一批任务开始运行后报到

fmt.Println('NumGoroutine at start:', runtime.numGoroutine());
for (let i = 0; i < TASKS; i++) {
  await pool.add();
  go(async () => {
    const n = running.add(1);
    if (n > peak.load()) peak.store(n);
    if (i >= TASKS - SIZE) {
      await ready.send();
      await hold.recv(); // 最后一批：一直占着名额
    }
    running.add(-1);
    await pool.done();
  });
}
// 等最后一批任务都开始运行并占着名额，再等前面的任务真正退出
for (let i = 0; i < SIZE; i++) {
  await ready.recv();
}
await waitGoroutines(SIZE + 1);
fmt.Println('NumGoroutine while last batch runs:', runtime.numGoroutine(), `(${SIZE} workers + main)`);
hold.close();
await pool.wait();
// wait 返回只说明 done 都调用了，goroutine 可能还没真正退出
await waitGoroutines(1);
fmt.Println('NumGoroutine after Wait:', runtime.numGoroutine());
fmt.Println('peak concurrent tasks:', peak.load(), 'of', TASKS);
