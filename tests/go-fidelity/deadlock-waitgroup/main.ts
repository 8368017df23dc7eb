import { fmt, go, sleep, time, WaitGroup } from './go';

const wg = new WaitGroup();
for (let i = 0; i < 3; i++) {
  wg.add(1);
  go(async () => {
    await sleep(10 * (i + 1) * time.Millisecond);
    fmt.Println('worker', i, 'forgot Done');
  });
}
await wg.wait();
