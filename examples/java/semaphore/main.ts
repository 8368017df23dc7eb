// Semaphore(0)：三个“线程”各 release() 一个许可，主线程 acquire(3) 等许可凑齐。
import { sleep } from './go';
import { Semaphore, Thread } from './juc';

const NUM = 3;
const semaphore = new Semaphore(0);

function person(name: string, millis: number): () => Promise<void> {
  return async () => {
    console.log(`${name} 在上厕所`);
    await sleep(millis);
    console.log(`${name} 上完了`);
    semaphore.release();
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
await semaphore.acquire(NUM);
console.log('所有人都好了，开始开会...');

for (const w of workers) await w.join();
