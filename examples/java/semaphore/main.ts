// Semaphore(0)：三个“线程”各 release() 一个许可，主线程 acquire(3) 等许可凑齐。
// 输出顺序靠门闩交接排定，不靠睡眠：回来的顺序是 B → C → A，每人等前一个人回来才回来。
import { CountDownLatch, Semaphore, Thread } from './juc';

const NUM = 3;
const semaphore = new Semaphore(0);

function person(name: string, arrived: CountDownLatch, myTurn: CountDownLatch, nextTurn: CountDownLatch) {
  return async (): Promise<void> => {
    console.log(`${name} 在上厕所`);
    arrived.countDown();
    try {
      await myTurn.await();
      console.log(`${name} 上完了`);
    } finally {
      semaphore.release(); // 放在 finally 里：出异常也要归还许可，否则 main 永远等不齐
      nextTurn.countDown();
    }
  };
}

const turnA = new CountDownLatch(1);
const turnB = new CountDownLatch(1);
const turnC = new CountDownLatch(1);
const none = new CountDownLatch(1);
const workers: Thread[] = [];
for (const [name, mine, next] of [
  ['A', turnA, none],
  ['B', turnB, turnC],
  ['C', turnC, turnA],
] as const) {
  const arrived = new CountDownLatch(1);
  workers.push(Thread.start(name, person(name, arrived, mine, next)));
  await arrived.await();
}

console.log('等待所有人从厕所回来开会...');
turnB.countDown();
await semaphore.acquire(NUM);
console.log('所有人都好了，开始开会...');

for (const w of workers) await w.join();
