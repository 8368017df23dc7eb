// 原文的 Pool：带缓冲 channel 限制并发 + WaitGroup 等待收尾。
// runtime.numGoroutine 只在状态稳定时读取，否则“前一个已 done 还没退出”的 goroutine 会让读数跳动。
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

const pool = new Pool(SIZE);
const running = new atomic.Int32();
const peak = new atomic.Int32();

fmt.Println('NumGoroutine at start:', runtime.numGoroutine());
for (let i = 0; i < TASKS; i++) {
  await pool.add();
  go(async () => {
    const n = running.add(1);
    if (n > peak.load()) peak.store(n);
    await sleep(50);
    running.add(-1);
    await pool.done();
  });
}
// 循环结束时最后一批任务刚启动；稍等片刻让上一批彻底退出
await sleep(20);
fmt.Println('NumGoroutine while last batch runs:', runtime.numGoroutine(), `(${SIZE} workers + main)`);
await pool.wait();
// wait 返回只说明 done 都调用了，goroutine 可能还没真正退出，稍等再读
await sleep(20);
fmt.Println('NumGoroutine after Wait:', runtime.numGoroutine());
fmt.Println('peak concurrent tasks:', peak.load(), 'of', TASKS);
