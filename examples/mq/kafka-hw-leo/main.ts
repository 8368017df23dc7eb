// Kafka 分区复制的简化模型：LEO（日志末端位点）、HW（高水位）、ISR 与 acks=all。
// Leader 维护每个副本的 LEO，HW = ISR 中所有副本 LEO 的最小值；消费者只能读到 HW 之前的消息；
// acks=all 的写入要等 HW 越过它才确认；跟不上的副本超过 replica.lag.time.max.ms 被移出 ISR。
// 用虚拟时钟代替真实时间，输出可复现。
//
// 可以改的参数：
export {}; // 让本文件成为模块，避免与其他示例的全局名字冲突
const MIN_INSYNC = 2; // min.insync.replicas
const LAG_MAX_MS = 30_000; // replica.lag.time.max.ms（默认 30 秒）

interface Replica { name: string; log: string[]; hw: number; epochs: Array<[number, number]>; lastCaughtUp: number }

class Partition {
  now = 0;
  epoch = 0;
  replicas = new Map<string, Replica>();
  leader: string;
  isr: Set<string>;
  pending: Array<{ msg: string; offset: number }> = []; // 等待 acks=all 确认的写入

  constructor(names: string[]) {
    for (const n of names) this.replicas.set(n, { name: n, log: [], hw: 0, epochs: [[0, 0]], lastCaughtUp: 0 });
    this.leader = names[0];
    this.isr = new Set(names);
  }
  private L(): Replica { return this.replicas.get(this.leader)!; }

  produce(msg: string): void {
    if (this.isr.size < MIN_INSYNC) {
      console.log(`  produce ${msg}（acks=all）-> 拒绝 NOT_ENOUGH_REPLICAS：ISR 只有 ${this.isr.size} 个，少于 min.insync.replicas=${MIN_INSYNC}`);
      return;
    }
    const L = this.L();
    L.log.push(msg);
    this.pending.push({ msg, offset: L.log.length - 1 });
    console.log(`  produce ${msg} -> ${this.leader} 写入 offset ${L.log.length - 1}，等待 ISR 追上`);
    this.advanceHW();
  }

  // follower 带着自己的 LEO 来拉取：leader 由此得知它的进度，返回新数据和自己的 HW
  fetch(name: string): void {
    const f = this.replicas.get(name)!;
    const L = this.L();
    const got = L.log.slice(f.log.length);
    f.log.push(...got);
    f.hw = Math.min(L.hw, f.log.length);
    if (f.log.length === L.log.length) f.lastCaughtUp = this.now;
    if (!this.isr.has(name) && f.log.length >= L.hw) {
      this.isr.add(name);
      console.log(`  ${name} 追上了 HW，重新加入 ISR`);
    }
    this.advanceHW();
  }

  tick(ms: number): void {
    this.now += ms;
    for (const n of [...this.isr]) {
      if (n === this.leader) continue;
      if (this.now - this.replicas.get(n)!.lastCaughtUp > LAG_MAX_MS) {
        this.isr.delete(n);
        console.log(`  ${n} 超过 ${LAG_MAX_MS / 1000} 秒没追上，移出 ISR`);
      }
    }
    this.advanceHW();
  }

  private advanceHW(): void {
    const L = this.L();
    L.lastCaughtUp = this.now;
    const hw = Math.min(...[...this.isr].map((n) => this.replicas.get(n)!.log.length));
    if (hw > L.hw) L.hw = hw;
    while (this.pending.length && this.pending[0].offset < L.hw) {
      const p = this.pending.shift()!;
      console.log(`  HW=${L.hw} 越过 offset ${p.offset}，${p.msg} 确认给生产者`);
    }
  }

  // leader 宕机：从 ISR 里选新 leader，纪元加一；旧 leader 回来后按新纪元的起点截断
  failLeader(): string {
    const old = this.leader;
    this.isr.delete(old);
    const next = [...this.isr][0];
    this.leader = next;
    this.epoch++;
    const L = this.L();
    L.epochs.push([this.epoch, L.log.length]);
    for (const p of this.pending) console.log(`  ${p.msg} 没有得到确认，生产者会收到超时或错误并重试`);
    this.pending = [];
    this.advanceHW();
    return old;
  }

  rejoin(name: string): void {
    const r = this.replicas.get(name)!;
    const start = this.L().epochs[this.L().epochs.length - 1][1]; // 新纪元从这个 offset 开始
    if (r.log.length > start) {
      console.log(`  ${name} 回来后问新 leader“纪元 ${this.epoch - 1} 结束在哪”，得到 ${start}，截掉 ${r.log.slice(start).join(' ')}`);
      r.log = r.log.slice(0, start);
    }
    this.fetch(name);
  }

  show(title: string): void {
    const parts = [...this.replicas.values()].map((r) => `${r.name}${r.name === this.leader ? '*' : ''}[LEO=${r.log.length} HW=${r.hw}]`);
    console.log(`${title}: ${parts.join(' ')} ISR={${[...this.isr].join(',')}}`);
    console.log(`  消费者能读到：${this.L().log.slice(0, this.L().hw).join(' ') || '（无）'}`);
  }
}

const p = new Partition(['B1', 'B2', 'B3']);
console.log('== 1. 正常复制：HW 是 ISR 中最小的 LEO ==');
p.produce('m0');
p.produce('m1');
p.show('两个 follower 拉取前');
p.fetch('B2');
p.fetch('B3');
p.show('两个 follower 拉取后');
console.log('  （follower 拉取时带回的是 leader 当时的 HW，要到下一次拉取才更新）');
p.fetch('B2');
p.fetch('B3');
p.show('再拉取一次后');

console.log('== 2. B3 卡住：HW 停住，直到 B3 被移出 ISR ==');
p.produce('m2');
p.fetch('B2');
p.show('B3 没来拉取');
p.tick(LAG_MAX_MS / 2);
p.fetch('B2'); // B2 一直在正常拉取
p.tick(LAG_MAX_MS / 2 + 1_000);
p.fetch('B2');
p.show('B3 被移出之后');
p.fetch('B3');
p.show('B3 恢复拉取后');

console.log('== 3. leader 宕机：未确认的消息在旧 leader 上被截掉 ==');
p.produce('m3');
const old = p.failLeader();
console.log(`  ${old} 宕机，B2 当选 leader（纪元 ${p.epoch}）`);
p.produce('m3');
p.fetch('B3');
p.fetch('B3');
p.rejoin(old);
p.show('旧 leader 重新加入后');

console.log('== 4. ISR 只剩 leader 时，acks=all 的写入被拒绝 ==');
p.tick(LAG_MAX_MS + 1_000);
p.show('两个 follower 都不来拉取');
p.produce('m4');
