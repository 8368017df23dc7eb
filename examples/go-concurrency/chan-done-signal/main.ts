// 用 chan struct{} 传递“完成”信号：发送一次通知一个等待者，close 通知所有等待者。
import { go, chan, sleep, time, WaitGroup, fmt } from './go';

// 可以改：模拟工作的耗时（毫秒）和一对多部分的等待者数量
const WORK_MS = 100;
const WAITERS = 3;

// 1. 一对一：worker 做完后发送一个空值，main 在接收处等待。
const done = chan<void>();
go(async () => {
  fmt.Println('worker: start working');
  await sleep(WORK_MS * time.Millisecond); // 模拟耗时工作
  fmt.Println('worker: work finished');
  await done.send();
});
await done.recv(); // 没有值时阻塞，直到 worker 发送
fmt.Println('main: got done signal');

// 2. 一对多：close 是广播，所有接收者都会立即返回。
const start = chan<void>();
const wg = new WaitGroup();
const results: string[] = new Array<string>(WAITERS).fill('');
for (let i = 0; i < WAITERS; i++) {
  wg.add(1);
  go(async () => {
    await start.recv(); // 都阻塞在这里
    results[i] = fmt.Sprintf('waiter %d released', i);
    wg.done();
  });
}
await sleep(50 * time.Millisecond);
fmt.Println('main: close(start)');
start.close();
await wg.wait();
for (const r of results) fmt.Println(r);
