// 用带缓冲 channel 当信号量限制并发。
// 一种常见的错误写法在 goroutine 一开始就归还许可，真正同时干活的任务并没有被限制；
// 正确写法是任务结束后再归还（finally），并用 WaitGroup 等待所有任务。
import { go, chan, sleep, WaitGroup, atomic, fmt } from './go';

// 可以改：任务数和并发上限
const TASKS = 10;
const LIMIT = 5;

class Tracker {
  readonly cur = new atomic.Int32();
  readonly peak = new atomic.Int32();
  enter(): void {
    const n = this.cur.add(1);
    if (n > this.peak.load()) this.peak.store(n);
  }
  leave(): void {
    this.cur.add(-1);
  }
}

async function work(t: Tracker): Promise<void> {
  t.enter();
  await sleep(30); // 模拟任务耗时
  t.leave();
}

// 错误写法：许可在任务开始前就归还了
async function releaseTooEarly(): Promise<number> {
  const sem = chan<void>(LIMIT);
  const t = new Tracker();
  const wg = new WaitGroup();
  for (let i = 0; i < TASKS; i++) {
    await sem.send();
    wg.add(1);
    go(async () => {
      await sem.recv(); // 一开始就归还许可
      await work(t);
      wg.done();
    });
  }
  await wg.wait();
  return t.peak.load();
}

// 修正：任务结束后再归还许可
async function releaseAfterWork(): Promise<number> {
  const sem = chan<void>(LIMIT);
  const t = new Tracker();
  const wg = new WaitGroup();
  for (let i = 0; i < TASKS; i++) {
    await sem.send(); // 获取许可，满了就阻塞
    wg.add(1);
    go(async () => {
      try {
        await work(t);
      } finally {
        await sem.recv(); // 任务结束后归还
        wg.done();
      }
    });
  }
  await wg.wait();
  return t.peak.load();
}

fmt.Printf('release before work: peak concurrency = %d (limit %d)\n', await releaseTooEarly(), LIMIT);
fmt.Printf('release after work:  peak concurrency = %d (limit %d)\n', await releaseAfterWork(), LIMIT);
