// 多生产者、多消费者：一个带缓冲的 jobs channel 作为队列。
// 生产者只发送不关闭；一个协调 goroutine 等所有生产者结束后关闭 jobs；
// 消费者 for await 遍历 jobs，关闭且取空后退出；另一个协调 goroutine 等消费者结束后关闭 results。
import { go, chan, sleep, WaitGroup, fmt } from './go';

// 可以改：生产者数、每个生产者的消息数、消费者数、队列容量
const PRODUCERS = 3;
const PER_PRODUCER = 4;
const CONSUMERS = 2;
const QUEUE_CAP = 4;

interface Job {
  producer: number;
  seq: number;
}

const jobs = chan<Job>(QUEUE_CAP); // 有界队列：满了生产者阻塞（背压）
const results = chan<string>();

const pwg = new WaitGroup();
for (let p = 1; p <= PRODUCERS; p++) {
  pwg.add(1);
  go(async () => {
    for (let s = 1; s <= PER_PRODUCER; s++) await jobs.send({ producer: p, seq: s });
    pwg.done();
  });
}
go(async () => {
  // 唯一的关闭者
  await pwg.wait();
  jobs.close();
});

const cwg = new WaitGroup();
const perConsumer: number[] = new Array<number>(CONSUMERS + 1).fill(0);
for (let c = 1; c <= CONSUMERS; c++) {
  cwg.add(1);
  go(async () => {
    for await (const j of jobs) {
      await sleep(5); // 模拟处理
      perConsumer[c]!++;
      await results.send(`p${j.producer}-${j.seq}`);
    }
    cwg.done();
  });
}
go(async () => {
  await cwg.wait();
  results.close();
});

const got: string[] = [];
for await (const r of results) got.push(r);
got.sort(); // 完成顺序不确定，排序后打印
fmt.Println('consumed', got.length, 'jobs');
fmt.Println(got);
fmt.Println('all consumers exited, per-consumer total:', perConsumer.reduce((a, b) => a + b, 0));
