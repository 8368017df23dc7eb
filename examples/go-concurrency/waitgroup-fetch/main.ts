// 用 WaitGroup 等待一组并发“请求”完成。
// 真实代码调用 http.Get；这里用 fetch 模拟网络请求（按 URL 长度睡眠一段时间），可以离线运行。
import { go, sleep, time, WaitGroup, atomic, fmt } from './go';

const inFlight = new atomic.Int32(); // 同时进行中的请求数
const maxInFlight = new atomic.Int32(); // 峰值

// fetch 模拟一次 HTTP GET：耗时与 URL 有关，返回状态行。
async function fetch(url: string): Promise<string> {
  const n = inFlight.add(1);
  if (n > maxInFlight.load()) maxInFlight.store(n);
  await sleep(url.length * 2 * time.Millisecond);
  inFlight.add(-1);
  return '200 OK';
}

// 可以改：请求列表
const urls = ['http://www.golang.org/', 'http://www.google.com/', 'http://example.com/'];
const results: string[] = new Array<string>(urls.length).fill(''); // 每个 goroutine 只写自己的下标

const wg = new WaitGroup();
urls.forEach((url, i) => {
  wg.add(1); // 在 go 之前 Add
  go(async () => {
    try {
      results[i] = await fetch(url);
    } finally {
      wg.done(); // 相当于 defer wg.Done()
    }
  });
});
await wg.wait(); // 计数归零前阻塞

urls.forEach((url, i) => fmt.Printf('%-24s %s\n', url, results[i]));
// 三个请求同时在途：总耗时接近最慢的那个，而不是三者之和。
fmt.Println('all done, max in-flight requests:', maxInFlight.load());
