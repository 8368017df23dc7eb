import { chan, fmt, go, runtime, WaitGroup } from './go';

// 和 GOMAXPROCS=1 的 Go 一样：最新的 goroutine 在 runnext 里先跑，其余先进先出。
const wg = new WaitGroup();
for (let i = 0; i < 5; i++) {
  wg.add(1);
  go(() => {
    fmt.Println('goroutine', i);
    wg.done();
  });
}
await wg.wait();
const done = chan<boolean>();
go(async () => {
  fmt.Println('A starts');
  go(async () => {
    fmt.Println('C (spawned by A)');
    await done.send(true);
  });
  await runtime.gosched();
  fmt.Println('A resumes');
  await done.send(true);
});
go(async () => {
  fmt.Println('B');
  await done.send(true);
});
await done.recv();
await done.recv();
await done.recv();
fmt.Println('NumGoroutine', runtime.numGoroutine());
