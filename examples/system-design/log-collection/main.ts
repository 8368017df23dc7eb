// 分布式日志收集：生产者按服务名选分区写入分区日志，消费者组按分区读取、处理、提交 offset。
// Kafka 换成小接口 Broker 和内存实现：每个分区是只追加的日志，offset 在分区内从 0 递增。
import { fmt } from './go';

// 可以修改：分区数、每批拉取条数、在哪条消息处理完后“崩溃”（设为 null 则不崩溃）
const PARTITIONS = 3;
const BATCH = 2;
const CRASH_AT: { partition: number; offset: number } | null = { partition: 1, offset: 1 };

interface Message {
  partition: number;
  offset: number;
  key: string;
  value: string;
}

interface Broker {
  produce(topic: string, key: string, value: string): [number, number, Error | null];
  fetch(topic: string, partition: number, offset: number, max: number): Message[];
  commit(group: string, topic: string, partition: number, offset: number): void;
  committed(group: string, topic: string, partition: number): number;
  partitions(topic: string): number;
}

// FNV-1a 32 位哈希，与 Go 的 hash/fnv New32a 相同
function fnv32a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// 同一个 key 总是进同一个分区，保证同一来源的日志有序
const partitionFor = (key: string, n: number): number => fnv32a(key) % n;

class MemBroker implements Broker {
  private topics = new Map<string, Message[][]>();
  private offsets = new Map<string, number>(); // group/topic/partition -> 下一条要消费的 offset

  createTopic(topic: string, partitions: number): void {
    this.topics.set(topic, Array.from({ length: partitions }, () => []));
  }

  produce(topic: string, key: string, value: string): [number, number, Error | null] {
    const parts = this.topics.get(topic);
    if (!parts) return [0, 0, new Error(`unknown topic "${topic}"`)];
    const p = partitionFor(key, parts.length);
    const offset = parts[p].length;
    parts[p].push({ partition: p, offset, key, value });
    return [p, offset, null];
  }

  fetch(topic: string, p: number, offset: number, max: number): Message[] {
    const log = this.topics.get(topic)?.[p] ?? [];
    return log.slice(offset, Math.min(offset + max, log.length));
  }

  commit(group: string, topic: string, p: number, offset: number): void {
    this.offsets.set(`${group}/${topic}/${p}`, offset);
  }

  committed(group: string, topic: string, p: number): number {
    return this.offsets.get(`${group}/${topic}/${p}`) ?? 0; // 没有提交过就从 0 开始
  }

  partitions(topic: string): number {
    return this.topics.get(topic)?.length ?? 0;
  }
}

// 逐个分区拉取：先处理（写入索引），再提交 offset（至少一次）
function consume(b: Broker, group: string, topic: string, crashAt: typeof CRASH_AT, processed: Map<string, number>): boolean {
  for (let p = 0; p < b.partitions(topic); p++) {
    for (;;) {
      const off = b.committed(group, topic, p);
      const batch = b.fetch(topic, p, off, BATCH);
      if (batch.length === 0) break;
      let crash = false;
      for (const m of batch) {
        const id = `${m.partition}/${m.offset}`;
        processed.set(id, (processed.get(id) ?? 0) + 1);
        const dup = processed.get(id)! > 1 ? '  (duplicate)' : '';
        fmt.Printf('  index p=%d off=%d %s: %s%s\n', m.partition, m.offset, m.key, m.value, dup);
        if (crashAt && m.partition === crashAt.partition && m.offset === crashAt.offset) crash = true;
      }
      const next = batch[batch.length - 1].offset + 1;
      if (crash) {
        fmt.Printf('  !! consumer crashed before committing offset %d on p=%d\n', next, p);
        return false;
      }
      b.commit(group, topic, p, next);
      fmt.Printf('  commit p=%d offset=%d\n', p, next);
    }
  }
  return true;
}

const broker = new MemBroker();
broker.createTopic('app-logs', PARTITIONS);
const b: Broker = broker;

const logs: Array<[string, string]> = [
  ['order-api', 'INFO order 1001 created'],
  ['user-api', 'INFO user 7 login'],
  ['pay-api', 'WARN payment 88 retry'],
  ['order-api', 'INFO order 1001 paid'],
  ['pay-api', 'ERROR payment 89 timeout'],
  ['user-api', 'INFO user 7 logout'],
  ['order-api', 'INFO order 1002 created'],
  ['order-api', 'ERROR order 1002 stock locked'],
];
fmt.Println('produce:');
for (const [key, value] of logs) {
  const [p, off, err] = b.produce('app-logs', key, value);
  if (err) {
    fmt.Println('produce error:', err);
    throw err;
  }
  fmt.Printf('  key=%-9s -> partition=%d offset=%d\n', key, p, off);
}

const processed = new Map<string, number>();
fmt.Println('consumer run 1:');
consume(b, 'log-indexer', 'app-logs', CRASH_AT, processed);
fmt.Println('consumer run 2 (restart from committed offsets):');
for (let p = 0; p < b.partitions('app-logs'); p++) {
  fmt.Printf('  p=%d resume at offset %d\n', p, b.committed('log-indexer', 'app-logs', p));
}
consume(b, 'log-indexer', 'app-logs', null, processed);

let total = 0;
let dups = 0;
for (const n of processed.values()) {
  total += n;
  dups += n - 1;
}
fmt.Printf('messages=%d processed=%d duplicates=%d lost=%d\n', logs.length, total, dups, logs.length - processed.size);
