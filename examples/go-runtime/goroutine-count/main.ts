import { go, chan, sleep, time, WaitGroup, runtime, fmt } from './go';

// 向无缓冲 channel 发送但没有接收者：这个 goroutine 永远阻塞，即泄漏。
function leaky(): void {
  const ch = chan<number>();
  go(async () => {
    await ch.send(1);
  });
}

// 轮询 goroutine 数量，直到降到 n 或超时（1 秒）
async function waitUntil(n: number): Promise<number> {
  const start = time.now();
  while (runtime.numGoroutine() > n && time.since(start) < 1000) {
    await sleep(1 * time.Millisecond);
  }
  return runtime.numGoroutine();
}

fmt.Println('开始（只有 main）:', runtime.numGoroutine());

const stop = chan<null>();
const started = new WaitGroup();
for (let i = 0; i < 10; i++) {
  started.add(1);
  go(async () => {
    started.done();
    await stop.recv();
  });
}
await started.wait();
fmt.Println('启动 10 个阻塞的 goroutine 后:', runtime.numGoroutine());

stop.close();
fmt.Println('close(stop) 之后:', await waitUntil(1));

leaky();
leaky();
await sleep(10 * time.Millisecond);
fmt.Println('调用两次 leaky 之后:', await waitUntil(3));
