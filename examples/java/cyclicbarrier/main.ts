// CyclicBarrier：三个人到齐后，由最后到达者执行屏障动作“开始开会”，然后一起放行。
// 前几行的顺序靠门闩交接排定（不靠睡眠），回来的顺序是 B → C → A。
import { CountDownLatch, CyclicBarrier, Thread } from './juc';

const NUM = 3;
const barrier = new CyclicBarrier(NUM, () => {
  console.log('所有人都好了，开始开会...');
  console.log('-------------------');
});

function person(name: string, arrived: CountDownLatch, myTurn: CountDownLatch, nextTurn: CountDownLatch) {
  return async (): Promise<void> => {
    console.log(`${name} 在上厕所`);
    arrived.countDown();
    await myTurn.await();
    console.log(`${name} 上完了`);
    nextTurn.countDown();
    await barrier.await();
    console.log(`会议结束，${name} 退出`);
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
turnB.countDown();

for (const w of workers) await w.join(); // 相当于 shutdown + awaitTermination
