// 对已加锁的 Mutex 再 lock 会阻塞。main 先持有锁，三个 goroutine 来抢：
// main 解锁后只有一个等待者拿到锁；另外两个继续阻塞。
// （Go 不保证是哪一个；这里的库把锁交给最早排队的那个。）
import { go, Mutex, sleep, atomic, fmt } from './go';

// 可以改：来抢锁的 goroutine 数量
const WAITERS = 3;

const mutex = new Mutex();
const holders = new atomic.Int32();

fmt.Println('main: lock');
await mutex.lock();
fmt.Println('main: locked');

for (let i = 1; i <= WAITERS; i++) {
  go(async () => {
    fmt.Println('begin lock', i);
    await mutex.lock(); // 阻塞，直到锁被释放并轮到自己
    holders.add(1);
    // 拿到锁后不释放，其余等待者会一直阻塞
  });
}

await sleep(100); // 让所有 goroutine 都阻塞在 lock 上
fmt.Println('main: unlock');
mutex.unlock();
await sleep(100);
fmt.Println('goroutines holding the lock:', holders.load());
fmt.Println('goroutines still blocked:', WAITERS - holders.load());
