// Lock 之后立即“defer Unlock”（TS 里用 try/finally）：正常返回、提前返回、异常时锁都会被释放。
import { go, Mutex, WaitGroup, fmt } from './go';

class Account {
  readonly mu = new Mutex();
  balance = 0;

  // deposit：典型的 lock + finally unlock
  async deposit(n: number): Promise<void> {
    await this.mu.lock();
    try {
      this.balance += n;
    } finally {
      this.mu.unlock();
    }
  }

  // withdraw：中途 return 也会解锁
  async withdraw(n: number): Promise<Error | null> {
    await this.mu.lock();
    try {
      if (n > this.balance) return new Error('insufficient funds');
      this.balance -= n;
      return null;
    } finally {
      this.mu.unlock();
    }
  }

  // audit：临界区里抛出异常（Go 的 panic），finally 仍会解锁
  async audit(): Promise<void> {
    await this.mu.lock();
    try {
      if (this.balance > 0) throw new Error('audit failed');
    } finally {
      this.mu.unlock();
    }
  }
}

const acc = new Account();
const wg = new WaitGroup();
for (let i = 0; i < 100; i++) {
  wg.add(1);
  go(async () => {
    await acc.deposit(10);
    wg.done();
  });
}
await wg.wait();
fmt.Println('balance after 100 deposits:', acc.balance);

fmt.Println('withdraw 5000:', await acc.withdraw(5000));
fmt.Println('withdraw 300:', await acc.withdraw(300));

try {
  await acc.audit();
} catch (e) {
  fmt.Println('recovered:', e); // 相当于 recover()
}
// 如果异常时没有解锁，这里 tryLock 会失败，后续所有 lock 都会永久阻塞
const ok = acc.mu.tryLock();
fmt.Println('lock free after panic:', ok);
if (ok) acc.mu.unlock();
fmt.Println('final balance:', acc.balance);
