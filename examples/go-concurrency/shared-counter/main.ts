// 三种安全的并发计数：Mutex、atomic、channel 独占。
// 每种方式都由 N 个 goroutine 各加 1，结果必须正好是 N。
import { go, chan, Mutex, WaitGroup, atomic, fmt, runtime } from './go';

// 可以改：goroutine 数量
const N = 1000;

// 1. Mutex 保护普通变量
async function withMutex(): Promise<number> {
  const mu = new Mutex();
  const wg = new WaitGroup();
  let count = 0;
  for (let i = 0; i < N; i++) {
    wg.add(1);
    go(async () => {
      await mu.lock();
      const v = count;
      await runtime.gosched(); // 故意在读和写之间让出：没有锁就会丢掉更新
      count = v + 1;
      mu.unlock();
      wg.done();
    });
  }
  await wg.wait();
  return count;
}

// 2. atomic：单个整数的原子加
async function withAtomic(): Promise<number> {
  const count = new atomic.Int64();
  const wg = new WaitGroup();
  for (let i = 0; i < N; i++) {
    wg.add(1);
    go(() => {
      count.add(1);
      wg.done();
    });
  }
  await wg.wait();
  return count.load();
}

// 3. channel 独占：只有 owner goroutine 能碰 count，其他 goroutine 发消息请求加 1
async function withChannel(): Promise<number> {
  const incr = chan<void>();
  const result = chan<number>();
  go(async () => {
    let count = 0;
    for await (const _ of incr) count++;
    await result.send(count); // incr 关闭后汇报结果
  });
  const wg = new WaitGroup();
  for (let i = 0; i < N; i++) {
    wg.add(1);
    go(async () => {
      await incr.send();
      wg.done();
    });
  }
  await wg.wait();
  incr.close();
  return result.recv();
}

fmt.Println('mutex:  ', await withMutex());
fmt.Println('atomic: ', await withAtomic());
fmt.Println('channel:', await withChannel());
