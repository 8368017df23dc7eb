import { fmt, Mutex, WaitGroup } from './go';

const wg = new WaitGroup();
const mu = new Mutex();
const results: number[] = [];
for (let i = 1; i <= 3; i++) {
  wg.go(async () => {
    await mu.lock();
    results.push(i * i);
    mu.unlock();
    fmt.Println('worker', i);
  });
}
await wg.wait();
fmt.Println(results.length, 'results');
