// 同一个 CyclicBarrier 用三次：开会、干活、下班。每一代结束时屏障动作打印分隔线。
import { sleep } from './go';
import { CyclicBarrier, Thread } from './juc';

const NUM = 3;
const barrier = new CyclicBarrier(NUM, () => console.log('-------------------'));

function person(name: string, millis: number, work: string, offWork: string): () => Promise<void> {
  return async () => {
    console.log(`${name} 在上厕所`);
    await sleep(millis);
    console.log(`${name} 上完了`);
    await barrier.await(); // 第 1 代：等人到齐开会
    console.log(`会议结束，${name} 退出，${work}`);
    await barrier.await(); // 第 2 代：等所有人干完活
    console.log(offWork);
    await barrier.await(); // 第 3 代：一起下班
  };
}

const workers: Thread[] = [];
workers.push(Thread.start('A', person('A', 700, '开始写代码', 'A 工作结束，下班回家')));
await sleep(100);
workers.push(Thread.start('B', person('B', 300, '开始摸鱼', 'B 摸鱼结束，下班回家')));
await sleep(100);
workers.push(Thread.start('C', person('C', 400, '开始摸鱼', 'C 摸鱼结束，下班回家')));

for (const w of workers) await w.join();
