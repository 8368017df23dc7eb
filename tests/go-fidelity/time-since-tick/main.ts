import { fmt, sleep, time } from './go';

const start = time.now();
await sleep(230 * time.Millisecond);
const elapsed = time.since(start);
fmt.Println('slept', elapsed.truncate(100 * time.Millisecond), elapsed >= 230 * time.Millisecond);
const tick = time.tick(100 * time.Millisecond);
const t0 = time.now();
for (let i = 1; i <= 3; i++) {
  await tick.recv();
  fmt.Println('tick', i);
}
fmt.Println('after ticks', time.since(t0).truncate(100 * time.Millisecond));
fmt.Println(time.until(time.now().add(time.Hour)).round(time.Minute));
