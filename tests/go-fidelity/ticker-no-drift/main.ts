import { fmt, sleep, time } from './go';

const start = time.now();
const ticker = time.newTicker(100 * time.Millisecond);
let last = start;
for (let i = 0; i < 10; i++) last = await ticker.C.recv();
// 拍子排在 start + k·d 上：第 10 拍在 1s，而不是 10 × (100ms + 延迟)。
fmt.Println('10th tick at', last.sub(start).round(10 * time.Millisecond));
ticker.stop();

const slow = time.newTicker(100 * time.Millisecond);
const t0 = time.now();
const first = await slow.C.recv();
fmt.Println('first tick at', first.sub(t0).round(100 * time.Millisecond));
await sleep(250 * time.Millisecond); // 200ms 那一拍留在 channel 里，300ms 那一拍被丢掉
const second = await slow.C.recv();
const third = await slow.C.recv();
fmt.Println('buffered tick from', second.sub(t0).round(100 * time.Millisecond), 'next tick at', third.sub(t0).round(100 * time.Millisecond));
slow.stop();
