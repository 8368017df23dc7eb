// 用离散事件模拟 TCP 的关闭过程：两个端点各自运行关闭状态机，
// 报文经过固定延迟到达，可以指定丢掉某一端发出的第几个报文。
// 时间是虚拟的毫秒数，模拟瞬间跑完。
import { fmt } from './go';

// ===== 可修改的参数 =====
const DELAY = 10; // 单程网络延迟（毫秒）
const APP_CLOSE_DELAY = 50; // 被动方的应用读到 EOF 后，过多久才调用 close
const RTO = 200; // FIN 没被确认时的重传超时
const MSL = 30_000; // Linux 的 TIME_WAIT 固定 60 秒，相当于 MSL 取 30 秒

type Name = 'A' | 'B';
interface Scenario {
  title: string;
  closeAt: Partial<Record<Name, number>>; // 哪一端在什么时刻调用 close
  dropFromA: number[]; // 丢掉 A 发出的第几个报文（从 1 开始）
  skipTimeWait: boolean; // 假设 A 不经过 TIME_WAIT，直接关闭
}
const SCENARIOS: Scenario[] = [
  { title: 'A 主动关闭，A 的最后一个 ACK 被丢掉', closeAt: { A: 0 }, dropFromA: [2], skipTimeWait: false },
  { title: '同样丢掉最后一个 ACK，但 A 跳过 TIME_WAIT', closeAt: { A: 0 }, dropFromA: [2], skipTimeWait: true },
  { title: '双方同时关闭', closeAt: { A: 0, B: 0 }, dropFromA: [], skipTimeWait: false },
];
// ========================

type State =
  | 'ESTABLISHED' | 'FIN_WAIT_1' | 'FIN_WAIT_2' | 'CLOSING' | 'TIME_WAIT'
  | 'CLOSE_WAIT' | 'LAST_ACK' | 'CLOSED';

interface Segment {
  fin: boolean;
  ackOfFin: boolean; // 这个报文确认了对方的 FIN
  rst: boolean;
}

interface Ev {
  at: number;
  seq: number;
  run: () => void;
}

class Sim {
  now = 0;
  private queue: Ev[] = [];
  private seq = 0;

  at(delay: number, run: () => void): Ev {
    const ev = { at: this.now + delay, seq: this.seq++, run };
    this.queue.push(ev);
    this.queue.sort((x, y) => x.at - y.at || x.seq - y.seq);
    return ev;
  }

  cancel(ev: Ev | null): void {
    if (ev) this.queue = this.queue.filter((e) => e !== ev);
  }

  loop(): void {
    for (let ev = this.queue.shift(); ev; ev = this.queue.shift()) {
      this.now = ev.at;
      ev.run();
    }
  }

  log(format: string, ...args: unknown[]): void {
    fmt.Printf('t=%5dms  ' + format + '\n', this.now, ...args);
  }
}

class Endpoint {
  state: State = 'ESTABLISHED';
  peer!: Endpoint;
  private sent = 0;
  private sentFin = false;
  private gotFin = false;
  private retransmit: Ev | null = null;
  private timeWait: Ev | null = null;

  constructor(
    readonly name: Name,
    private readonly sim: Sim,
    private readonly sc: Scenario,
  ) {}

  private goto(next: State, why: string): void {
    this.sim.log('%s: %s -> %s（%s）', this.name, this.state, next, why);
    this.state = next;
    if (next === 'CLOSED') {
      this.sim.cancel(this.retransmit);
      this.sim.cancel(this.timeWait);
    }
  }

  private send(seg: Segment): void {
    this.sent++;
    const label = seg.rst ? 'RST' : seg.fin ? 'FIN' : 'ACK';
    const lost = this.name === 'A' && this.sc.dropFromA.includes(this.sent);
    this.sim.log('%s -> %s: %s%s', this.name, this.peer.name, label, lost ? '（丢包）' : '');
    if (!lost) this.sim.at(DELAY, () => this.peer.recv(seg));
  }

  private sendFin(): void {
    this.sentFin = true;
    this.send({ fin: true, ackOfFin: this.gotFin, rst: false });
    this.sim.cancel(this.retransmit);
    this.retransmit = this.sim.at(RTO, () => {
      this.retransmit = null;
      if (this.state === 'FIN_WAIT_1' || this.state === 'CLOSING' || this.state === 'LAST_ACK') {
        this.sim.log('%s: FIN 超时未确认，重传', this.name);
        this.sendFin();
      }
    });
  }

  private startTimeWait(from: string): void {
    if (this.sc.skipTimeWait && this.name === 'A') {
      this.goto('CLOSED', from + '，假设跳过 TIME_WAIT');
      return;
    }
    this.goto('TIME_WAIT', from + '，启动 2MSL 计时器');
    this.armTimeWait();
  }

  private armTimeWait(): void {
    this.sim.cancel(this.timeWait);
    this.timeWait = this.sim.at(2 * MSL, () => {
      this.timeWait = null;
      this.goto('CLOSED', '2MSL 到期');
    });
  }

  appClose(): void {
    if (this.state === 'ESTABLISHED') {
      this.goto('FIN_WAIT_1', '应用调用 close，发 FIN');
      this.sendFin();
    } else if (this.state === 'CLOSE_WAIT') {
      this.goto('LAST_ACK', '应用调用 close，发 FIN');
      this.sendFin();
    }
  }

  recv(seg: Segment): void {
    if (seg.rst) {
      if (this.state !== 'CLOSED') this.goto('CLOSED', '收到 RST，连接被异常重置');
      return;
    }
    if (this.state === 'CLOSED') {
      this.sim.log('%s: 连接已不存在，只能回 RST', this.name);
      this.send({ fin: false, ackOfFin: false, rst: true });
      return;
    }
    const acksMine = seg.ackOfFin && this.sentFin;
    if (seg.fin) this.gotFin = true;
    const ack = (): void => this.send({ fin: false, ackOfFin: true, rst: false });
    switch (this.state) {
      case 'ESTABLISHED':
        if (seg.fin) {
          this.goto('CLOSE_WAIT', '收到 FIN，回 ACK');
          ack();
          this.sim.at(APP_CLOSE_DELAY, () => this.appClose());
        }
        break;
      case 'FIN_WAIT_1':
        if (seg.fin && acksMine) {
          this.startTimeWait('收到 FIN+ACK，回 ACK');
          ack();
        } else if (seg.fin) {
          this.goto('CLOSING', '收到对方的 FIN，回 ACK，自己的 FIN 还没被确认');
          ack();
        } else if (acksMine) {
          this.sim.cancel(this.retransmit);
          this.goto('FIN_WAIT_2', '自己的 FIN 被确认');
        }
        break;
      case 'FIN_WAIT_2':
        if (seg.fin) {
          this.startTimeWait('收到 FIN，回 ACK');
          ack();
        }
        break;
      case 'CLOSING':
        if (acksMine) {
          this.sim.cancel(this.retransmit);
          this.startTimeWait('自己的 FIN 被确认');
        }
        break;
      case 'CLOSE_WAIT':
        if (seg.fin) ack(); // 对方重传的 FIN：再确认一次
        break;
      case 'LAST_ACK':
        if (acksMine) this.goto('CLOSED', '收到最后的 ACK');
        break;
      case 'TIME_WAIT':
        if (seg.fin) {
          this.sim.log('%s: TIME_WAIT 中收到重传的 FIN，重新确认并重启 2MSL 计时器', this.name);
          ack();
          this.armTimeWait();
        }
        break;
      default:
        break;
    }
  }
}

SCENARIOS.forEach((sc, i) => {
  fmt.Printf('== 场景 %d：%s ==\n', i + 1, sc.title);
  const sim = new Sim();
  const a = new Endpoint('A', sim, sc);
  const b = new Endpoint('B', sim, sc);
  a.peer = b;
  b.peer = a;
  for (const ep of [a, b]) {
    const t = sc.closeAt[ep.name];
    if (t !== undefined) sim.at(t, () => ep.appClose());
  }
  sim.loop();
  fmt.Printf('结束：A=%s B=%s\n\n', a.state, b.state);
});
