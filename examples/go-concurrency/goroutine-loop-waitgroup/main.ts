// 在循环里启动 goroutine，用 WaitGroup 等它们结束（而不是 sleep 猜一个时间）。
// 注意循环条件 i < 5 且从 1 开始，只启动 4 个 goroutine。
// 在 Go 里打印顺序每次可能不同；这里的调度器按启动顺序运行，所以看起来总是有序。
import { go, WaitGroup, fmt } from './go';

const wg = new WaitGroup();
for (let i = 1; i < 5; i++) {
  wg.add(1);
  go(() => {
    fmt.Println('goroutine', i);
    wg.done();
  });
}
await wg.wait();
fmt.Println('all 4 goroutines finished');
