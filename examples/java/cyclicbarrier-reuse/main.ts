// 同一个 CyclicBarrier 用三次：开会、干活、下班。每一代结束时屏障动作打印分隔线。
// 第一代之前的顺序靠门闩交接排定（不靠睡眠），回来的顺序是 B → C → A。
import { CountDownLatch, CyclicBarrier, Thread } from './juc';

const NUM = 3;
const barrier = new CyclicBarrier(NUM, () => console.log('-------------------'));

function person(name: string, work: string, offWork: string, arrived: CountDownLatch, myTurn: CountDownLatch, nextTurn: CountDownLatch) {
  return async (): Promise<void> => {
    console.log(`${name} 在上厕所`);
    arrived.countDown();
    await myTurn.await();
    console.log(`${name} 上完了`);
    nextTurn.countDown();
    await barrier.await(); // 第 1 代：等人到齐开会
    console.log(`会议结束，${name} 退出，${work}`);
    await barrier.await(); // 第 2 代：等所有人干完活
    console.log(offWork);
    await barrier.await(); // 第 3 代：一起下班
  };
}

const turnA = new CountDownLatch(1);
const turnB = new CountDownLatch(1);
const turnC = new CountDownLatch(1);
const none = new CountDownLatch(1);
const people = [
  ['A', '开始写代码', 'A 工作结束，下班回家', turnA, none],
  ['B', '开始摸鱼', 'B 摸鱼结束，下班回家', turnB, turnC],
  ['C', '开始摸鱼', 'C 摸鱼结束，下班回家', turnC, turnA],
] as const;
const workers: Thread[] = [];
for (const [name, work, off, mine, next] of people) {
  const arrived = new CountDownLatch(1);
  workers.push(Thread.start(name, person(name, work, off, arrived, mine, next)));
  await arrived.await();
}
turnB.countDown();

for (const w of workers) await w.join();
