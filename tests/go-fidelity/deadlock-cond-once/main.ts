import { Cond, fmt, go, Mutex, Once } from './go';

const mu = new Mutex();
const cond = new Cond(mu);
const ready = false;
go(async () => {
  await mu.lock();
  while (!ready) await cond.wait(); // 没有人 signal
  mu.unlock();
});
const once = new Once();
fmt.Println('calling once.Do recursively');
await once.do(async () => {
  await once.do(() => fmt.Println('unreachable'));
});
