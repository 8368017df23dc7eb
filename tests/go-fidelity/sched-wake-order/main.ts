import { chan, Cond, fmt, go, Mutex, sleep, time, WaitGroup } from './go';

// GOMAXPROCS=1：close 按“后阻塞的先醒”唤醒；WaitGroup、Cond.Broadcast、Mutex 按先来先醒，
// 每个被唤醒的 goroutine 占据 runnext，把前一个挤到队尾。
const gate = chan<void>();
const out = chan<string>(10);
for (let i = 0; i < 3; i++) {
  go(async () => {
    await gate.recv();
    await out.send(fmt.Sprint('close woke ', i));
  });
}
await sleep(5 * time.Millisecond);
gate.close();
await sleep(5 * time.Millisecond);
for (let i = 0; i < 3; i++) fmt.Println(await out.recv());

const wg = new WaitGroup();
wg.add(1);
for (let i = 0; i < 3; i++) {
  go(async () => {
    await wg.wait();
    await out.send(fmt.Sprint('wg woke ', i));
  });
}
await sleep(5 * time.Millisecond);
wg.done();
await sleep(5 * time.Millisecond);
for (let i = 0; i < 3; i++) fmt.Println(await out.recv());

const mu = new Mutex();
const cond = new Cond(mu);
for (let i = 0; i < 3; i++) {
  go(async () => {
    await mu.lock();
    await cond.wait();
    await out.send(fmt.Sprint('broadcast woke ', i));
    mu.unlock();
  });
}
await sleep(5 * time.Millisecond);
await mu.lock();
cond.broadcast();
mu.unlock();
await sleep(5 * time.Millisecond);
for (let i = 0; i < 3; i++) fmt.Println(await out.recv());

const unbuffered = chan<number>();
go(async () => {
  for (let i = 0; i < 3; i++) {
    await unbuffered.send(i);
    fmt.Println('sent', i);
  }
  unbuffered.close();
});
for await (const v of unbuffered) fmt.Println('received', v);
