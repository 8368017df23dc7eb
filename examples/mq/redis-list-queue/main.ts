// Redis List 做任务队列：RPUSH/BLPOP 的简单队列，以及 BLMOVE 到“处理中列表”的可靠队列。
// MemRedis 是内存版的 Redis 列表，方法与 Redis 命令一一对应。
// 试试把第 3 部分里 work('A', true) 改成 false，看还需不需要巡检。
import { go, chan, Chan, select, time, fmt } from './go';

// ErrNil 对应 go-redis 的 redis.Nil：列表为空或阻塞超时。
const ErrNil = new Error('redis: nil');

type Pos = 'LEFT' | 'RIGHT';

class MemRedis {
  private lists = new Map<string, string[]>();
  private changed: Chan<boolean> = chan<boolean>();
  onBlock: (() => void) | null = null; // 可选：第一次进入阻塞等待时调用一次，让演示能确定“消费者已经在等了”

  // 每次写入都关闭并替换 changed channel，唤醒阻塞的读者。
  private notify(): void {
    this.changed.close();
    this.changed = chan<boolean>();
  }

  private list(key: string): string[] {
    let l = this.lists.get(key);
    if (l === undefined) {
      l = [];
      this.lists.set(key, l);
    }
    return l;
  }

  rpush(key: string, ...values: string[]): number {
    const l = this.list(key);
    l.push(...values);
    this.notify();
    return l.length;
  }

  // LMOVE 语义；dst 为空表示只弹出（LPOP）。
  private move(src: string, dst: string, srcPos: Pos, dstPos: Pos): string | null {
    const l = this.list(src);
    if (l.length === 0) return null;
    const v = (srcPos === 'LEFT' ? l.shift() : l.pop()) as string;
    if (dst !== '') {
      if (dstPos === 'LEFT') this.list(dst).unshift(v);
      else this.list(dst).push(v);
    }
    return v;
  }

  // 反复尝试 attempt，列表为空时等待下一次写入或超时。
  private async blocking(timeoutMs: number, attempt: () => string | null): Promise<[string, Error | null]> {
    const deadline = time.after(timeoutMs);
    for (;;) {
      const v = attempt();
      if (v !== null) return [v, null];
      const f = this.onBlock;
      if (f !== null) {
        this.onBlock = null;
        f();
      }
      let timedOut = false;
      await select([this.changed.onRecv(() => {}), deadline.onRecv(() => { timedOut = true; })]);
      if (timedOut) return ['', ErrNil];
    }
  }

  blpop(timeoutMs: number, key: string): Promise<[string, Error | null]> {
    return this.blocking(timeoutMs, () => this.move(key, '', 'LEFT', 'LEFT'));
  }

  blmove(src: string, dst: string, srcPos: Pos, dstPos: Pos, timeoutMs: number): Promise<[string, Error | null]> {
    return this.blocking(timeoutMs, () => {
      const v = this.move(src, dst, srcPos, dstPos);
      if (v !== null) this.notify(); // dst 多了一个元素，唤醒阻塞在 dst 上的读者
      return v;
    });
  }

  lmove(src: string, dst: string, srcPos: Pos, dstPos: Pos): [string, Error | null] {
    const v = this.move(src, dst, srcPos, dstPos);
    if (v === null) return ['', ErrNil];
    this.notify();
    return [v, null];
  }

  lrem(key: string, count: number, value: string): number {
    const kept: string[] = [];
    let removed = 0;
    for (const v of this.list(key)) {
      if (v === value && (count === 0 || removed < count)) {
        removed++;
        continue;
      }
      kept.push(v);
    }
    this.lists.set(key, kept);
    return removed;
  }

  lrange(key: string): string[] {
    return [...this.list(key)];
  }
}

const rdb = new MemRedis();

fmt.Println('== 1. BLPOP blocks until a job arrives ==');
const done = chan<boolean>();
const blocked = chan<boolean>();
rdb.onBlock = () => blocked.close();
go(async () => {
  const [v, err] = await rdb.blpop(1000, 'jobs');
  fmt.Println('consumer: got', v, 'err:', err);
  done.close();
});
await blocked.recv(); // 等内存实现通知：消费者已经阻塞在 BLPOP 上
fmt.Println('producer: RPUSH jobs job-1');
rdb.rpush('jobs', 'job-1');
await done.recv();
const [, err] = await rdb.blpop(100, 'jobs');
fmt.Println('consumer: BLPOP on empty list after 100ms ->', err);

fmt.Println('== 2. simple queue: a crash loses the job ==');
rdb.rpush('jobs', 'job-2', 'job-3', 'job-4');
for (const step of [
  { worker: 'worker-A', crash: false },
  { worker: 'worker-A', crash: true },
  { worker: 'worker-B', crash: false },
]) {
  const [v] = await rdb.blpop(1000, 'jobs');
  if (step.crash) {
    fmt.Println(step.worker + ': popped', v, 'and crashed');
    continue;
  }
  fmt.Println(step.worker + ': popped', v, 'done');
}
fmt.Println('jobs:', rdb.lrange('jobs'), '<- job-3 is gone');

fmt.Println('== 3. reliable queue: BLMOVE into a per-worker processing list ==');
rdb.rpush('jobs', 'job-2', 'job-3', 'job-4');
async function work(worker: string, crash: boolean): Promise<void> {
  const processing = 'processing:' + worker;
  const [v] = await rdb.blmove('jobs', processing, 'LEFT', 'RIGHT', 1000);
  if (crash) {
    fmt.Println(worker + ': moved', v, 'to', processing, 'and crashed');
    return;
  }
  rdb.lrem(processing, 1, v); // 处理成功后确认
  fmt.Println(worker + ': moved', v, 'to', processing, 'done, LREM');
}
await work('A', false);
await work('A', true);
await work('B', false);
fmt.Println('processing:A =', rdb.lrange('processing:A'));
// 巡检：worker A 心跳超时，把它处理中列表里的任务放回队列头部。
for (;;) {
  const [v, e] = rdb.lmove('processing:A', 'jobs', 'RIGHT', 'LEFT');
  if (e === ErrNil) break;
  fmt.Println('reaper: worker A missed its heartbeat, requeue', v);
}
await work('B', false);
fmt.Println('jobs:', rdb.lrange('jobs'), 'processing:A:', rdb.lrange('processing:A'), 'processing:B:', rdb.lrange('processing:B'));
