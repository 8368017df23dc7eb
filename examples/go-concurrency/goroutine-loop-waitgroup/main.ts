// 在循环里启动 goroutine，用 WaitGroup 等它们结束（而不是 sleep 猜一个时间）。
// 注意循环条件 i < 5 且从 1 开始，只启动 4 个 goroutine。
// 四个 goroutine 谁先执行每次可能不同，所以每个只写自己的下标，wait 返回后再按顺序打印。
import { go, WaitGroup, fmt } from './go';

const wg = new WaitGroup();
const results: string[] = new Array<string>(4).fill('');
for (let i = 1; i < 5; i++) {
  wg.add(1);
  go(() => {
    results[i - 1] = `goroutine ${i} done`; // 各写各的元素，不需要加锁
    wg.done();
  });
}
await wg.wait(); // wait 返回时，所有 goroutine 的写入都已完成
for (const r of results) {
  fmt.Println(r);
}
fmt.Println('all 4 goroutines finished');
