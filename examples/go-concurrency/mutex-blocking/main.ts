// 对已加锁的 Mutex 再 lock 会阻塞。main 先持有锁，三个 goroutine 来抢：
// main 解锁后只有一个等待者拿到锁，是哪一个没有保证；另外两个继续阻塞。
// 先后顺序用 channel 排定，所以输出是确定的（只打印“几个”，不打印“哪一个”）。
import { go, chan, Mutex, atomic, fmt } from './go';

// 可以改：来抢锁的 goroutine 数量
const WAITERS = 3;

const mutex = new Mutex();
const holders = new atomic.Int32();
const started = chan<boolean>();
const gotLock = chan<boolean>();

fmt.Println('main: lock');
await mutex.lock();
fmt.Println('main: locked');

for (let i = 1; i <= WAITERS; i++) {
  go(async () => {
    fmt.Println('begin lock', i);
    await started.send(true);
    await mutex.lock(); // 阻塞，直到锁被释放并轮到自己
    holders.add(1);
    await gotLock.send(true);
    // 拿到锁后不释放，其余等待者会一直阻塞
  });
  await started.recv(); // 逐个启动，让 "begin lock" 的顺序固定
}

fmt.Println('main: unlock');
mutex.unlock();
await gotLock.recv(); // 恰好有一个等待者拿到锁；它不释放，其余的拿不到
fmt.Println('goroutines holding the lock:', holders.load());
fmt.Println('goroutines still blocked:', WAITERS - holders.load());
