// 环形缓冲区队列的模型：容量取 2 的幂，head/tail 是只增不减的序号，下标 = 序号 & (cap-1)。
// tail - head == cap 为满，tail == head 为空。满时 offer 失败（调用方可以阻塞、重试或丢弃）。
import { fmt } from './go';

// 可以改：容量（必须是 2 的幂）和操作序列（数字 = 入队该值，'poll' = 出队一个）
const CAP = 4;
const OPS: Array<number | 'poll'> = [1, 2, 3, 'poll', 4, 5, 6, 'poll', 'poll', 7, 'poll', 'poll', 'poll', 'poll'];

class RingBuffer {
  private readonly buf: Array<number | null>;
  private readonly mask: number;
  head = 0; // 下一个要读的序号（消费者独占写）
  tail = 0; // 下一个要写的序号（生产者独占写）

  constructor(cap: number) {
    if (cap <= 0 || (cap & (cap - 1)) !== 0) throw new Error('capacity must be a power of two');
    this.buf = new Array<number | null>(cap).fill(null);
    this.mask = cap - 1;
  }
  size(): number {
    return this.tail - this.head;
  }
  offer(v: number): boolean {
    if (this.size() === this.buf.length) return false; // 满
    this.buf[this.tail & this.mask] = v;
    this.tail++; // 先写数据再发布序号（真实实现里这一步需要 release 语义）
    return true;
  }
  poll(): number | null {
    if (this.size() === 0) return null; // 空
    const i = this.head & this.mask;
    const v = this.buf[i]!;
    this.buf[i] = null;
    this.head++;
    return v;
  }
  show(): string {
    const slots = this.buf.map((v) => (v === null ? '_' : String(v))).join(' ');
    return `slots=[${slots}] head=${this.head}(idx ${this.head & this.mask}) tail=${this.tail}(idx ${this.tail & this.mask}) size=${this.size()}`;
  }
}

const q = new RingBuffer(CAP);
fmt.Printf('%-12s %s\n', 'init', q.show());
for (const op of OPS) {
  if (op === 'poll') {
    const v = q.poll();
    fmt.Printf('%-12s %s\n', v === null ? 'poll empty' : `poll -> ${v}`, q.show());
  } else {
    const ok = q.offer(op);
    fmt.Printf('%-12s %s\n', ok ? `offer ${op}` : `offer ${op} FULL`, q.show());
  }
}
