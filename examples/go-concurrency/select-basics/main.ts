// select 的常见用法：default 非阻塞收发、time.after 超时、nil channel 关闭分支、多个就绪时随机选择。
import { go, chan, select, sleep, fmt, time, type Chan, type SelectCase } from './go';

// 可以改：慢操作耗时与超时时间（毫秒）
const SLOW_MS = 200;
const TIMEOUT_MS = 50;

const ch = chan<number>(1);

// 1. 非阻塞接收：没有值就走 default
await select([ch.onRecv((v) => fmt.Println('received', v))], () => fmt.Println('no value ready, default branch'));

// 2. 非阻塞发送：缓冲有空位就发出，满了就丢弃
for (const v of [1, 2]) {
  await select([ch.onSend(v, () => fmt.Println('sent', v))], () => fmt.Println('buffer full, dropped', v));
}
fmt.Println('received', await ch.recv());

// 3. 超时：慢操作才返回，只等 TIMEOUT_MS
const slow = chan<string>(1); // 带缓冲，超时后慢操作也能发出结果并退出
go(async () => {
  await sleep(SLOW_MS);
  await slow.send('late result');
});
await select([
  slow.onRecv((r) => fmt.Println(r)),
  time.after(TIMEOUT_MS).onRecv(() => fmt.Printf('timeout after %dms\n', TIMEOUT_MS)),
]);

// 4. 合并两个输入，关闭的一路置为 null（Go 的 nil channel），不再参与 select
let a: Chan<number> | null = chan<number>(0, 0);
let b: Chan<number> | null = chan<number>(0, 0);
const ca = a;
const cb = b;
go(async () => {
  for (let i = 1; i <= 2; i++) await ca.send(i);
  ca.close();
});
go(async () => {
  for (let i = 10; i <= 30; i += 10) await cb.send(i);
  cb.close();
});
let sum = 0;
while (a !== null || b !== null) {
  const cases: SelectCase[] = [];
  if (a) cases.push(a.onRecv((v, ok) => (ok ? (sum += v) : (a = null))));
  if (b) cases.push(b.onRecv((v, ok) => (ok ? (sum += v) : (b = null))));
  await select(cases);
}
fmt.Println('merged sum:', sum);

// 5. 两个分支同时就绪时随机选择，不按书写顺序
const x = chan<number>(1);
const y = chan<number>(1);
let countX = 0;
let countY = 0;
for (let i = 0; i < 1000; i++) {
  await x.send(1);
  await y.send(1);
  await select([
    x.onRecv(() => {
      countX++;
      y.tryRecv();
    }),
    y.onRecv(() => {
      countY++;
      x.tryRecv();
    }),
  ]);
}
fmt.Println('both branches chosen:', countX > 0 && countY > 0, 'total:', countX + countY);
