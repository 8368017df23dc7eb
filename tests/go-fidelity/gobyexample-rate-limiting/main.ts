import { chan, fmt, go, time, type Time } from './go';

// Go by Example「Rate Limiting」：打印每个令牌相对开始时刻的时间（按节拍取整）。
let start = time.now();
const requests = chan<number>(5);
for (let i = 1; i <= 5; i++) await requests.send(i);
requests.close();
const limiter = time.tick(100 * time.Millisecond);
for await (const req of requests) {
  const t = await limiter.recv();
  fmt.Println('request', req, t.sub(start).round(100 * time.Millisecond));
}

const burstyLimiter = chan<Time>(3);
for (let i = 0; i < 3; i++) await burstyLimiter.send(time.now());
go(async () => {
  for await (const t of time.tick(100 * time.Millisecond)) await burstyLimiter.send(t);
});
const burstyRequests = chan<number>(5);
for (let i = 1; i <= 5; i++) await burstyRequests.send(i);
burstyRequests.close();
start = time.now();
for await (const req of burstyRequests) {
  const t = await burstyLimiter.recv();
  fmt.Println('bursty request', req, t.sub(start).round(100 * time.Millisecond));
}
