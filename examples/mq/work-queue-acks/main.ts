// RabbitMQ 风格的工作队列：prefetch 限制每个消费者手里未确认的消息数，
// ack 后才删除消息，nack 重新入队，消费者断开时未确认的消息重新投递，
// 超过投递次数上限（类似 quorum 队列的 x-delivery-limit）进入死信队列。
// 试试改 prefetch、deliveryLimit，或者让 W1 不崩溃。
import { fmt } from './go';

const deliveryLimit = 3;

interface Message {
  body: string;
  deliveries: number;
}

interface Consumer {
  name: string;
  prefetch: number;
  unacked: Message[];
  alive: boolean;
}

class Broker {
  queue: Message[] = [];
  consumers: Consumer[] = [];
  private rr = 0; // 轮询起点
  dead: string[] = [];
  done: string[] = [];

  publish(...bodies: string[]): void {
    for (const body of bodies) this.queue.push({ body, deliveries: 0 });
    fmt.Println('publish:', bodies.join(' '));
  }

  // 把队头消息轮询推给还有预取额度的消费者。
  dispatch(): void {
    while (this.queue.length > 0) {
      let target: Consumer | null = null;
      for (let i = 0; i < this.consumers.length; i++) {
        const c = this.consumers[(this.rr + i) % this.consumers.length];
        if (c.alive && c.unacked.length < c.prefetch) {
          target = c;
          this.rr = (this.rr + i + 1) % this.consumers.length;
          break;
        }
      }
      if (target === null) return; // 所有消费者的预取额度都满了，消息留在队列里
      const m = this.queue.shift() as Message;
      m.deliveries++;
      target.unacked.push(m);
      const note = m.deliveries > 1 ? ` (redelivered, attempt ${m.deliveries})` : '';
      fmt.Printf('  deliver %s -> %s%s\n', m.body, target.name, note);
    }
  }

  private remove(c: Consumer, m: Message): void {
    c.unacked = c.unacked.filter((x) => x !== m);
  }

  ack(c: Consumer, m: Message): void {
    this.remove(c, m);
    this.done.push(m.body);
    fmt.Printf('%s: ack %s\n', c.name, m.body);
    this.dispatch();
  }

  nack(c: Consumer, m: Message): void {
    this.remove(c, m);
    if (m.deliveries >= deliveryLimit) {
      this.dead.push(m.body);
      fmt.Printf('%s: nack %s, delivery limit %d reached -> dead-letter queue\n', c.name, m.body, deliveryLimit);
    } else {
      this.queue.unshift(m);
      fmt.Printf('%s: nack %s, requeue\n', c.name, m.body);
    }
    this.dispatch();
  }

  // 消费者断开，它手里所有未确认的消息按原顺序回到队头。
  connectionLost(c: Consumer): void {
    c.alive = false;
    fmt.Printf('%s: connection lost, requeue unacked [%s]\n', c.name, c.unacked.map((m) => m.body).join(' '));
    this.queue = [...c.unacked, ...this.queue];
    c.unacked = [];
    this.dispatch();
  }

  idle(): boolean {
    return this.queue.length === 0 && this.consumers.every((c) => c.unacked.length === 0);
  }
}

const b = new Broker();
const w1: Consumer = { name: 'W1', prefetch: 2, unacked: [], alive: true };
const w2: Consumer = { name: 'W2', prefetch: 2, unacked: [], alive: true };
b.consumers = [w1, w2];

b.publish('t1', 't2', 't3', 't4', 't5', 't6');
b.dispatch();

// 每一轮，每个存活的消费者处理自己最早收到的一条消息：
// t4 是“毒消息”，总是处理失败；W1 在第 2 轮崩溃。
for (let round = 1; !b.idle(); round++) {
  fmt.Printf('-- round %d --\n', round);
  for (const c of b.consumers) {
    if (!c.alive || c.unacked.length === 0) continue;
    if (c === w1 && round === 2) {
      b.connectionLost(c);
      continue;
    }
    const m = c.unacked[0];
    if (m.body === 't4') b.nack(c, m);
    else b.ack(c, m);
  }
}
fmt.Println('processed:', b.done);
fmt.Println('dead-letter:', b.dead);
