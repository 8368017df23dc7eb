import { chan, fmt, go, nilChan, select, sleep, time, type Chan } from './go';

const nilCh = nilChan<number>();
await select(
  [nilCh.onRecv((v) => fmt.Println('got', v)), nilCh.onSend(1, () => fmt.Println('sent'))],
  () => fmt.Println('nil channel is never ready'),
);
await select([
  nilCh.onRecv(() => fmt.Println('impossible')),
  time.after(20 * time.Millisecond).onRecv(() => fmt.Println('timeout wins over nil channel')),
]);
let a: Chan<number> = chan<number>();
let b: Chan<number> = chan<number>();
const ca = a;
const cb = b;
go(async () => {
  for (let i = 1; i <= 3; i++) await ca.send(i);
  ca.close();
});
go(async () => {
  for (let i = 10; i <= 20; i += 10) await cb.send(i);
  cb.close();
});
let sum = 0;
while (!a.isNil || !b.isNil) {
  await select([
    a.onRecv((v, ok) => {
      if (!ok) {
        a = nilChan();
        return;
      }
      sum += v;
    }),
    b.onRecv((v, ok) => {
      if (!ok) {
        b = nilChan();
        return;
      }
      sum += v;
    }),
  ]);
}
fmt.Println('sum', sum, a.isNil);
const blocked = chan<string>();
go(async () => {
  const forever = nilChan<number>();
  await blocked.send('goroutine blocks on nil send');
  await forever.send(1);
  fmt.Println('unreachable');
});
fmt.Println(await blocked.recv());
await sleep(10 * time.Millisecond);
fmt.Println('main exits; nil send still blocked');
