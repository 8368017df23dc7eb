// 雪花算法（Snowflake）ID 生成器：位布局、同一毫秒内的序列号、序列号用完等下一毫秒、
// 时钟回拨时“小幅等待、大幅拒绝”。时钟是可控的假时钟，输出确定。
import { fmt } from './go';

// ===== 可以修改的参数 =====
const TIMESTAMP_BITS = 41n; // 毫秒时间戳位数：2^41 ms 约 69 年
const WORKER_BITS = 10n; // 机器号位数：最多 1024 个节点
const SEQUENCE_BITS = 12n; // 序列号位数：每毫秒 4096 个
const EPOCH = 1704067200000n; // 自定义纪元：2024-01-01 00:00:00 UTC
const MAX_BACKWARD_WAIT_MS = 5; // 回拨不超过这么多毫秒就等待，否则拒绝
const WORKER_ID = 7n;

const MAX_SEQUENCE = (1n << SEQUENCE_BITS) - 1n;
const MAX_WORKER = (1n << WORKER_BITS) - 1n;

/** 假时钟：测试里可以让它前进、后退。 */
class FakeClock {
  constructor(public nowMs: number) {}
  sleep(ms: number): void {
    this.nowMs += ms;
  }
}

class Snowflake {
  private lastTs = -1n;
  private seq = 0n;
  waitedMs = 0;

  constructor(private worker: bigint, private clock: FakeClock) {
    if (worker < 0n || worker > MAX_WORKER) throw new Error(`worker id 超出范围 0..${MAX_WORKER}`);
  }

  nextId(): bigint {
    let ts = BigInt(this.clock.nowMs) - EPOCH;
    if (ts < this.lastTs) {
      const back = Number(this.lastTs - ts);
      if (back > MAX_BACKWARD_WAIT_MS) {
        throw new Error(`时钟回拨 ${back}ms，超过 ${MAX_BACKWARD_WAIT_MS}ms，拒绝生成`);
      }
      this.clock.sleep(back); // 小幅回拨：等时钟追上
      this.waitedMs += back;
      ts = BigInt(this.clock.nowMs) - EPOCH;
    }
    if (ts === this.lastTs) {
      this.seq = (this.seq + 1n) & MAX_SEQUENCE;
      if (this.seq === 0n) {
        // 本毫秒的序列号用完，自旋到下一毫秒
        while (ts <= this.lastTs) {
          this.clock.sleep(1);
          this.waitedMs += 1;
          ts = BigInt(this.clock.nowMs) - EPOCH;
        }
      }
    } else {
      this.seq = 0n;
    }
    if (ts >= 1n << TIMESTAMP_BITS) throw new Error('时间戳位用完了');
    this.lastTs = ts;
    return (ts << (WORKER_BITS + SEQUENCE_BITS)) | (this.worker << SEQUENCE_BITS) | this.seq;
  }
}

function decode(id: bigint): string {
  const seq = id & MAX_SEQUENCE;
  const worker = (id >> SEQUENCE_BITS) & MAX_WORKER;
  const ts = id >> (WORKER_BITS + SEQUENCE_BITS);
  return `时间=${ts}ms 机器=${worker} 序列=${seq}`;
}

const clock = new FakeClock(Number(EPOCH) + 1000);
const gen = new Snowflake(WORKER_ID, clock);

fmt.Println('== 同一毫秒内生成 3 个 ID ==');
for (let i = 0; i < 3; i++) {
  const id = gen.nextId();
  fmt.Printf('%d  %s\n', id, decode(id));
}

fmt.Println('== 位布局（从高到低：符号 | 时间戳 | 机器 | 序列）==');
const sample = gen.nextId();
const bits = sample.toString(2).padStart(64, '0');
const tsEnd = 1 + Number(TIMESTAMP_BITS);
const wEnd = tsEnd + Number(WORKER_BITS);
fmt.Printf('%s | %s | %s | %s\n', bits.slice(0, 1), bits.slice(1, tsEnd), bits.slice(tsEnd, wEnd), bits.slice(wEnd));

fmt.Println('== 同一毫秒内把序列号用完 ==');
let last = sample;
let increasing = true;
const total = Number(MAX_SEQUENCE) + 1;
for (let i = 0; i < total; i++) {
  const id = gen.nextId();
  if (id <= last) increasing = false;
  last = id;
}
fmt.Printf('再生成 %d 个，最后一个: %s，等待了 %dms，始终递增: %t\n', total, decode(last), gen.waitedMs, increasing);

fmt.Println('== 时钟回拨 ==');
clock.nowMs -= 3;
gen.waitedMs = 0;
const afterSmall = gen.nextId();
fmt.Printf('回拨 3ms：等待 %dms 后生成 %s，仍大于上一个: %t\n', gen.waitedMs, decode(afterSmall), afterSmall > last);
clock.nowMs -= 50;
try {
  gen.nextId();
} catch (e) {
  fmt.Printf('回拨 50ms：%v\n', e);
}
