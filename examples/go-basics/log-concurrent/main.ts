import { go, Mutex, WaitGroup, fmt } from './go';

const workers = 8; // goroutine 数
const perG = 100; // 每个 goroutine 写的行数

// 模拟 log.Logger：先在锁外拼好整行，再在锁内一次写入。
class Logger {
  private readonly mu = new Mutex();
  constructor(
    private readonly out: string[],
    private readonly prefix: string,
  ) {}

  async printf(format: string, ...args: unknown[]): Promise<void> {
    const line = this.prefix + fmt.Sprintf(format, ...args) + '\n';
    await this.mu.lock();
    this.out.push(line); // 相当于 out.Write(buf)
    this.mu.unlock();
  }
}

const buf: string[] = [];
const logger = new Logger(buf, '[app] ');

const wg = new WaitGroup();
for (let w = 0; w < workers; w++) {
  wg.add(1);
  go(async () => {
    for (let i = 0; i < perG; i++) {
      await logger.printf('worker=%d seq=%03d', w, i);
    }
    wg.done();
  });
}
await wg.wait();

const lines = buf.join('').replace(/\n$/, '').split('\n');
let intact = 0;
const perWorker = new Array<number>(workers).fill(0);
for (const l of lines) {
  const m = /^\[app\] worker=(\d+) seq=(\d{3})$/.exec(l);
  if (m) {
    intact++;
    perWorker[Number(m[1])]++;
  }
}
fmt.Println('总行数:', lines.length);
fmt.Println('完整的行:', intact);
fmt.Println('每个 worker 的行数:', perWorker);
