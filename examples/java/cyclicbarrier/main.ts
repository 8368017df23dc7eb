// CyclicBarrier：三个人到齐后，由最后到达者执行屏障动作“开始开会”，然后一起放行。
import { sleep } from './go';
import { CyclicBarrier, Thread } from './juc';

const NUM = 3;
const barrier = new CyclicBarrier(NUM, () => {
  console.log('所有人都好了，开始开会...');
  console.log('-------------------');
});

function person(name: string, millis: number): () => Promise<void> {
  return async () => {
    console.log(`${name} 在上厕所`);
    await sleep(millis);
    console.log(`${name} 上完了`);
    await barrier.await();
    console.log(`会议结束，${name} 退出`);
  };
}

const workers: Thread[] = [];
workers.push(Thread.start('A', person('A', 700)));
await sleep(100);
workers.push(Thread.start('B', person('B', 300)));
await sleep(100);
workers.push(Thread.start('C', person('C', 400)));

for (const w of workers) await w.join(); // 相当于 shutdown + awaitTermination
