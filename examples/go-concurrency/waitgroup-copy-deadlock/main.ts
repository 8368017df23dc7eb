// 故意出错的示例：把 WaitGroup 按值传进 goroutine（wg.copy() 模拟 Go 的值拷贝）。
// 每个 goroutine 对自己的副本调用 done，main 里的计数永远停在 5，wait 永久阻塞，
// 所有 goroutine 都在睡眠，程序以死锁结束（退出码 2）。
import { go, chan, WaitGroup, fmt } from './go';

const wg = new WaitGroup();
const next = chan<boolean>();
for (let i = 0; i < 5; i++) {
  wg.add(1);
  const copy = wg.copy(); // 相当于把 wg 按值传参：得到一个独立的副本
  go(async () => {
    fmt.Printf('i:%d\n', i);
    copy.done(); // 减的是副本的计数
    await next.send(true);
  });
  await next.recv(); // 等这个 goroutine 做完再启动下一个，只为让输出顺序固定
}
await wg.wait(); // 永远等不到 0
fmt.Println('exit'); // 不会执行
