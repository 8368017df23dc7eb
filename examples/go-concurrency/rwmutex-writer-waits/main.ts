// RWMutex：多个读者可以同时持有读锁；写者 lock 要等所有读者 runlock；
// 写者排队之后才来的读者也要等写者完成（写者优先，避免写者饿死）。
import { go, RWMutex, WaitGroup, sleep, fmt } from './go';

// 可以改：读者数量与每个读者持有读锁的时间
const READERS = 3;
const holdMs = (i: number): number => 100 + 40 * i;

const rw = new RWMutex();
const ready = new WaitGroup();
const all = new WaitGroup();

for (let i = 0; i < READERS; i++) {
  ready.add(1);
  all.add(1);
  go(async () => {
    await rw.rlock();
    fmt.Println('reader', i, 'got read lock');
    ready.done();
    await sleep(holdMs(i));
    fmt.Println('reader', i, 'RUnlock');
    rw.runlock();
    all.done();
  });
}
await ready.wait();
fmt.Println(`${READERS} readers hold the read lock at the same time`);

// 写者：等所有读者释放
all.add(1);
go(async () => {
  fmt.Println('writer: calling Lock');
  await rw.lock();
  fmt.Println('writer: got write lock');
  await sleep(50);
  fmt.Println('writer: Unlock');
  rw.unlock();
  all.done();
});

// 写者排队 20ms 后来了一个新读者：它不能插到写者前面
await sleep(20);
all.add(1);
go(async () => {
  fmt.Println('late reader: calling RLock while writer waits');
  await rw.rlock();
  fmt.Println('late reader: got read lock');
  rw.runlock();
  all.done();
});

await all.wait();
fmt.Println('done');
