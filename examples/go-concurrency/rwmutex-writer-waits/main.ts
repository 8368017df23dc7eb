// RWMutex：多个读者可以同时持有读锁；写者 lock 要等所有读者 runlock；
// 写者排队之后才来的读者也要等写者完成（写者优先，避免写者饿死）。
// 每一步都由 channel 和 WaitGroup 排好先后，输出顺序是确定的。
import { go, chan, RWMutex, WaitGroup, fmt } from './go';

// 可以改：读者数量
const READERS = 3;

const rw = new RWMutex();
const all = new WaitGroup();
const release = Array.from({ length: READERS }, () => chan<boolean>()); // main 通过它通知读者 i 释放读锁
const released = chan<boolean>(); // 读者释放后回报 main

// 读者依次拿到读锁，然后一直持有，直到 main 让它释放
for (let i = 0; i < READERS; i++) {
  const rel = release[i];
  const got = chan<boolean>();
  all.add(1);
  go(async () => {
    await rw.rlock();
    fmt.Println('reader', i, 'got read lock');
    got.close();
    await rel.recv();
    fmt.Println('reader', i, 'RUnlock');
    rw.runlock();
    await released.send(true);
    all.done();
  });
  await got.recv();
}
fmt.Println(`${READERS} readers hold the read lock at the same time`);

// 写者：调用 lock 后要等所有读者释放
const writerQueued = chan<boolean>();
all.add(1);
go(async () => {
  fmt.Println('writer: calling Lock');
  writerQueued.close(); // 沙箱是单线程的：close 之后紧接着的 lock 调用会先登记排队，main 才会醒来
  await rw.lock();
  fmt.Println('writer: got write lock');
  fmt.Println('writer: Unlock');
  rw.unlock();
  all.done();
});
await writerQueued.recv();

// 这时来了一个新读者：它不能插到排队的写者前面
const lateCalling = chan<boolean>();
all.add(1);
go(async () => {
  fmt.Println('late reader: calling RLock while writer waits');
  lateCalling.close();
  await rw.rlock(); // 要等写者 unlock
  fmt.Println('late reader: got read lock');
  rw.runlock();
  all.done();
});
await lateCalling.recv();

// 让读者逐个释放读锁；最后一个释放后写者才拿到写锁
for (let i = 0; i < READERS; i++) {
  await release[i].send(true);
  await released.recv();
}

await all.wait();
fmt.Println('done');
