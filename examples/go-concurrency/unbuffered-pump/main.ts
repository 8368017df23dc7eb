// 无缓冲 channel 让生产者与消费者会合：消费者只取一次，生产者就卡在第二次发送上。
// 对比有缓冲 channel：没有消费者时生产者也能先发满缓冲。
import { go, chan, sleep, atomic, fmt, type Chan } from './go';

// 可以改：有缓冲 channel 的容量
const CAP = 3;

// pump 不停地发送 1, 2, 3, ...，每成功发送一个就把计数加一。
async function pump(ch: Chan<number>, sent: InstanceType<typeof atomic.Int64>): Promise<void> {
  for (let i = 1; ; i++) {
    await ch.send(i);
    sent.add(1);
  }
}

// 等计数到达 n：没有接收者时计数不可能超过缓冲能容纳的数量，所以等到的就是最终值。
async function waitSent(sent: InstanceType<typeof atomic.Int64>, n: number): Promise<void> {
  while (sent.load() < n) {
    await sleep(1);
  }
}

const sent = new atomic.Int64();
const ch = chan<number>(); // 无缓冲
go(() => pump(ch, sent));
fmt.Println('received:', await ch.recv()); // 只取一次
await waitSent(sent, 1); // pump 记下第 1 次发送，然后卡在第 2 次发送上
fmt.Println('unbuffered: pump has sent', sent.load(), 'value(s), now blocked');

const sent2 = new atomic.Int64();
const ch2 = chan<number>(CAP);
go(() => pump(ch2, sent2));
await waitSent(sent2, CAP); // 缓冲满了就再也发不出去
fmt.Println(`buffered(${CAP}): pump has sent`, sent2.load(), 'value(s) with no receiver, len =', ch2.length);
fmt.Println('received:', await ch2.recv());
await waitSent(sent2, CAP + 1); // 空出一格，pump 正好再发一个
fmt.Println(`buffered(${CAP}): after one receive, pump has sent`, sent2.load());
// 顶层代码结束时程序结束，两个仍阻塞的 pump goroutine 随之消失。
