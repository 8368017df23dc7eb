// CountDownLatch：主线程等三个人都回来再开会。
// 输出顺序靠门闩交接排定，不靠睡眠：main 等每个人报到后才启动下一个；
// 回来的顺序是 B → C → A，每人等前一个人回来（自己的 turn 门闩被打开）才回来。
// Thread.start 相当于往固定线程池里提交一个任务。
import { CountDownLatch, Thread } from './juc';

const NUM = 3;
const latch = new CountDownLatch(NUM);

function person(name: string, arrived: CountDownLatch, myTurn: CountDownLatch, nextTurn: CountDownLatch) {
  return async (): Promise<void> => {
    console.log(`${name} 在上厕所`);
    arrived.countDown(); // 告诉 main：我已经进去了
    try {
      await myTurn.await(); // 轮到我才出来
      console.log(`${name} 上完了`);
    } finally {
      latch.countDown(); // 放在 finally 里：出异常也要减计数
      nextTurn.countDown(); // 把“出来”的机会交给下一个人
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
turnB.countDown(); // B 第一个出来，随后依次交给 C、A
await latch.await();
console.log('所有人都好了，开始开会...');

for (const w of workers) await w.join(); // 相当于 shutdown + awaitTermination
