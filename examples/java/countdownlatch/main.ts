// CountDownLatch：主线程等三个人都回来再开会。
// Thread.start 相当于往固定线程池里提交一个任务。
import { sleep } from './go';
import { CountDownLatch, Thread } from './juc';

const NUM = 3;
const latch = new CountDownLatch(NUM);

function person(name: string, millis: number): () => Promise<void> {
  return async () => {
    console.log(`${name} 在上厕所`);
    try {
      await sleep(millis);
      console.log(`${name} 上完了`);
    } finally {
      latch.countDown(); // 放在 finally 里：出异常也要减计数
    }
  };
}

const workers: Thread[] = [];
workers.push(Thread.start('A', person('A', 900)));
await sleep(100);
workers.push(Thread.start('B', person('B', 300)));
await sleep(100);
workers.push(Thread.start('C', person('C', 400)));
await sleep(100);

console.log('等待所有人从厕所回来开会...');
await latch.await();
console.log('所有人都好了，开始开会...');

for (const w of workers) await w.join(); // 相当于 shutdown + awaitTermination
