import { chan, fmt, go, WaitGroup } from './go';

// GOMAXPROCS=1：带缓冲的 channel 让生产者先跑，直到缓冲满。
const jobs = chan<number>(2);
const results = chan<string>();
const wg = new WaitGroup();
for (let w = 1; w <= 2; w++) {
  wg.add(1);
  go(async () => {
    for await (const j of jobs) {
      fmt.Println('worker', w, 'got', j);
      await results.send(fmt.Sprintf('w%d:j%d', w, j));
    }
    wg.done();
  });
}
go(async () => {
  for (let j = 1; j <= 5; j++) {
    fmt.Println('queue', j);
    await jobs.send(j);
  }
  jobs.close();
  fmt.Println('all queued');
});
go(async () => {
  await wg.wait();
  results.close();
});
for await (const r of results) fmt.Println('result', r);
