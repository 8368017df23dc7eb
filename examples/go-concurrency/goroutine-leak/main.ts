// goroutine 泄漏的典型场景：调用方超时先走了，后台 goroutine 的结果再也没人接收。
// 泄漏版用无缓冲 channel，goroutine 永远阻塞在发送上；修正版用容量为 1 的 channel，发完就退出。
// “超时”用一个已关闭的 channel 模拟，“慢查询”等 main 放行，所以输出是确定的。
import { go, chan, select, sleep, runtime, fmt } from './go';

// 可以改：两种写法各调用几次
const CALLS = 3;

const backend = chan<boolean>(); // 关闭它表示下游终于返回了

async function slowQuery(): Promise<string> {
  await backend.recv();
  return 'result';
}

async function fetchWith(capacity: number, timeout: ReturnType<typeof chan<boolean>>): Promise<boolean> {
  const ch = chan<string>(capacity); // 0：泄漏版；1：修正版
  go(async () => {
    await ch.send(await slowQuery()); // 容量为 0 时，调用方走了之后这里永远阻塞
  });
  let ok = false;
  await select([ch.onRecv(() => (ok = true)), timeout.onRecv(() => (ok = false))]);
  return ok;
}

// 等 goroutine 数降到 want：发完结果的 goroutine 还要一点时间才真正退出。
async function waitGoroutines(want: number): Promise<number> {
  while (runtime.numGoroutine() > want) {
    await sleep(1);
  }
  return runtime.numGoroutine();
}

const timedOut = chan<boolean>();
timedOut.close(); // 模拟“已经超时”

fmt.Println('goroutines at start:', runtime.numGoroutine());
for (let i = 0; i < CALLS; i++) {
  fmt.Println('leaky call', i, 'ok =', await fetchWith(0, timedOut));
}
for (let i = 0; i < CALLS; i++) {
  fmt.Println('fixed call', i, 'ok =', await fetchWith(1, timedOut));
}
fmt.Println('goroutines while backend is slow:', runtime.numGoroutine());

backend.close(); // 下游返回：所有后台 goroutine 都拿到了结果
fmt.Println('goroutines after backend returns:', await waitGoroutines(1 + CALLS));
fmt.Println(`the ${CALLS} left are blocked forever on ch <- (leaked)`);
