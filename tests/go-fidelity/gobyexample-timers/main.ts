import { fmt, go, sleep, time } from './go';

// Go by Example「Timers」，时长按比例缩短。
const timer1 = time.newTimer(200 * time.Millisecond);
await timer1.C.recv();
fmt.Println('Timer 1 fired');

const timer2 = time.newTimer(100 * time.Millisecond);
go(async () => {
  await timer2.C.recv();
  fmt.Println('Timer 2 fired');
});
const stop2 = timer2.stop();
if (stop2) fmt.Println('Timer 2 stopped');
await sleep(200 * time.Millisecond);
