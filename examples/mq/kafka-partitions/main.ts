// 内存版的 Kafka：Topic 分成多个分区（只追加的日志），生产者按键哈希选分区，
// 消费组把分区分给组内成员，成员处理完一批后提交位点；
// 成员崩溃重启后从已提交的位点继续，处理过但未提交的消息会再来一次，所以消费端要幂等。
// 去重用业务上的事件 ID，而不是“分区@位点”：生产者重发同一事件时会得到新的位点。
// 真实 Kafka 用 murmur2 哈希，这里用 FNV-1a，原理相同。
// 试试改 numPartitions、batch 或 crashAfter，观察分配和重复处理的变化。
import { fmt } from './go';

const numPartitions = 3;
const batch = 2; // 每次拉取并提交的条数
const crashAfter = 3; // 成员 B 处理到第几条时崩溃

interface KafkaRecord {
  id: string; // 业务事件 ID（这里用“键:事件”），重发时不变
  key: string;
  value: string;
  offset: number;
}

// FNV-1a 32 位哈希，与 Go 的 hash/fnv 结果一致。
function fnv32a(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

class Broker {
  partitions: KafkaRecord[][];
  committed = new Map<string, Map<number, number>>(); // 消费组 -> 分区 -> 下一条要读的位点

  constructor(n: number) {
    this.partitions = Array.from({ length: n }, () => []);
  }

  // 按键哈希选分区并追加，返回分区号和位点（相当于 acks 之后拿到的 RecordMetadata）。
  produce(key: string, value: string): [number, number] {
    const p = fnv32a(key) % this.partitions.length;
    const off = this.partitions[p].length;
    this.partitions[p].push({ id: `${key}:${value}`, key, value, offset: off });
    return [p, off];
  }

  // 从 offset 开始最多读 max 条。
  fetch(p: number, offset: number, max: number): KafkaRecord[] {
    return this.partitions[p].slice(offset, offset + max);
  }

  // 新组没有位点时从最早开始（auto.offset.reset=earliest）。
  committedOffset(group: string, p: number): number {
    return this.committed.get(group)?.get(p) ?? 0;
  }

  commit(group: string, p: number, next: number): void {
    let g = this.committed.get(group);
    if (g === undefined) {
      g = new Map();
      this.committed.set(group, g);
    }
    g.set(p, next);
  }
}

// 用 range 策略把分区按顺序均分给排好序的成员。
function assign(members: string[], n: number): Map<string, number[]> {
  const sorted = [...members].sort();
  const out = new Map<string, number[]>();
  const per = Math.floor(n / sorted.length);
  const extra = n % sorted.length;
  let p = 0;
  sorted.forEach((m, i) => {
    const list: number[] = [];
    for (let j = 0; j < per + (i < extra ? 1 : 0); j++) list.push(p++);
    out.set(m, list);
  });
  return out;
}

// 组内的一个成员；processed 模拟业务库里的去重表（幂等）。
class Consumer {
  constructor(
    readonly name: string,
    readonly group: string,
    private readonly broker: Broker,
    private readonly processed: Set<string>,
  ) {}

  // 处理一个分区：每次拉 size 条，处理完整批后提交；crashAt>=0 时处理到第几条就崩溃（不提交）。
  consume(p: number, size: number, crashAt: number): boolean {
    let handled = 0;
    for (;;) {
      const pos = this.broker.committedOffset(this.group, p);
      const recs = this.broker.fetch(p, pos, size);
      if (recs.length === 0) return true;
      for (const r of recs) {
        if (crashAt >= 0 && handled === crashAt) {
          fmt.Printf('  %s crashed before committing p%d (committed offset still %d)\n', this.name, p, pos);
          return false;
        }
        if (this.processed.has(r.id)) {
          fmt.Printf('  %s p%d@%d %s=%s already processed (event %s), skip\n', this.name, p, r.offset, r.key, r.value, r.id);
        } else {
          this.processed.add(r.id);
          fmt.Printf('  %s p%d@%d %s=%s processed\n', this.name, p, r.offset, r.key, r.value);
        }
        handled++;
      }
      const next = recs[recs.length - 1].offset + 1;
      this.broker.commit(this.group, p, next);
      fmt.Printf('  %s commit p%d -> %d\n', this.name, p, next);
    }
  }
}

const b = new Broker(numPartitions);

fmt.Println('== produce: same key -> same partition ==');
const events: [string, string][] = [
  ['alice', 'created'], ['dave', 'created'], ['ivan', 'created'],
  ['alice', 'paid'], ['bob', 'created'], ['dave', 'paid'],
  ['alice', 'shipped'], ['ivan', 'paid'], ['bob', 'paid'],
];
for (const [k, v] of events) {
  const [p, off] = b.produce(k, v);
  fmt.Printf('send %s=%s -> p%d@%d\n', k, v, p, off);
}

fmt.Println('== group billing: A and B share the partitions ==');
const assignment = assign(['B', 'A'], numPartitions);
fmt.Println('assignment:', assignment);
const processed = new Set<string>(); // 两个成员共用的去重表（例如数据库唯一索引）
const a = new Consumer('A', 'billing', b, processed);
const bb = new Consumer('B', 'billing', b, processed);
for (const p of assignment.get('A') ?? []) a.consume(p, batch, -1);
for (const p of assignment.get('B') ?? []) bb.consume(p, batch, crashAfter); // 第二批只处理了一条，没来得及提交

fmt.Println('== B restarts and resumes from the committed offset ==');
for (const p of assignment.get('B') ?? []) bb.consume(p, batch, -1);
fmt.Println('billing committed:', b.committed.get('billing'));

fmt.Println('== producer resends bob=paid after a timeout: same event, new offset ==');
{
  const [p, off] = b.produce('bob', 'paid');
  fmt.Printf('send bob=paid -> p%d@%d\n', p, off);
  bb.consume(p, batch, -1);
}

fmt.Println('== a new group has its own offsets ==');
let total = 0;
for (let p = 0; p < numPartitions; p++) total += b.fetch(p, b.committedOffset('analytics', p), 100).length;
fmt.Println('analytics (auto.offset.reset=earliest) can read', total, 'records; billing is unaffected');
