import { fmt, sleep, time } from './go';

const start = time.now();
const ticker = time.newTicker(100 * time.Millisecond);
for (let i = 0; i < 10; i++) await ticker.C.recv();
// 拍子排在 start + k·d 上：10 拍正好 1s，而不是 10 × (50ms + 延迟)。
fmt.Println('10 ticks:', time.since(start).round(100 * time.Millisecond));
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
