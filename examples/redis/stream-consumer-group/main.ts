// Redis Stream 消费组：XREADGROUP 投递后消息进入 PEL（待确认列表），XACK 才移出；
// 消费者崩溃后，别的消费者用 XAUTOCLAIM 认领空闲太久的消息，所以语义是“至少一次”。
// 这里用内存实现代替真实的 Redis，用虚拟时钟代替真实时间，输出可复现。
//
// 可以改的参数：
export {}; // 让本文件成为模块，避免与其他示例的全局名字冲突
const MIN_IDLE_MS = 30_000; // XAUTOCLAIM 的 min-idle-time：空闲超过它的待确认消息才会被认领
const MAX_DELIVERIES = 3; // 投递次数超过它就当作“毒消息”转入死信流（Redis 不自带，由应用实现）
const POISON = 'order-4'; // 这条消息每次处理都失败

interface Entry { id: string; order: string }
interface Pending { consumer: string; deliveredAt: number; count: number }

class FakeStream {
  now = 0;
  private seq = 0;
  entries: Entry[] = [];
  private lastDelivered = '0-0'; // 消费组的 last_delivered_id
  pel = new Map<string, Pending>(); // 消费组的 PEL：ID -> 属于谁、何时投递、投递次数

  // XADD stream * order <value>
  xadd(order: string): string {
    const id = `${1000 + this.seq++}-0`;
    this.entries.push({ id, order });
    return id;
  }
  // XREADGROUP GROUP g <consumer> COUNT n STREAMS stream >
  // 只取从未投递给本组的新消息，投递的同时记进 PEL
  xreadgroup(consumer: string, count: number): Entry[] {
    const out = this.entries.filter((e) => cmp(e.id, this.lastDelivered) > 0).slice(0, count);
    for (const e of out) {
      this.pel.set(e.id, { consumer, deliveredAt: this.now, count: 1 });
      this.lastDelivered = e.id;
    }
    return out;
  }
  // XACK stream g <id>：从 PEL 删除
  xack(id: string): number {
    return this.pel.delete(id) ? 1 : 0;
  }
  // XAUTOCLAIM stream g <consumer> <min-idle> 0-0：把空闲太久的待确认消息转给自己，投递次数加一
  xautoclaim(consumer: string, minIdle: number): Array<Entry & { count: number }> {
    const out: Array<Entry & { count: number }> = [];
    for (const [id, p] of [...this.pel.entries()].sort((a, b) => cmp(a[0], b[0]))) {
      if (this.now - p.deliveredAt < minIdle) continue;
      p.consumer = consumer;
      p.deliveredAt = this.now;
      p.count++;
      out.push({ ...this.entries.find((e) => e.id === id)!, count: p.count });
    }
    return out;
  }
  // XPENDING stream g：每条待确认消息的主人和投递次数
  xpending(): string {
    if (this.pel.size === 0) return '（空）';
    return [...this.pel.entries()].map(([id, p]) => `${id}@${p.consumer}×${p.count}`).join(' ');
  }
}

function cmp(a: string, b: string): number {
  return Number(a.split('-')[0]) - Number(b.split('-')[0]);
}

const s = new FakeStream();
const deadLetters: string[] = [];
const log = (msg: string): void => console.log(`t=${String(s.now / 1000).padStart(3)}s ${msg}`);

// 处理一条消息：成功就 XACK；毒消息处理失败，不 ACK，留在 PEL
function handle(consumer: string, e: Entry): void {
  if (e.order === POISON) {
    log(`${consumer} 处理 ${e.id}（${e.order}）失败，不 ACK`);
    return;
  }
  s.xack(e.id);
  log(`${consumer} 处理 ${e.id}（${e.order}）成功，XACK`);
}

for (const o of ['order-1', 'order-2', 'order-3', 'order-4']) s.xadd(o);
log(`XADD 4 条消息：${s.entries.map((e) => e.id).join(' ')}`);

const c1 = s.xreadgroup('c1', 2);
log(`c1 XREADGROUP COUNT 2 > 得到 ${c1.map((e) => e.id).join(' ')}`);
const c2 = s.xreadgroup('c2', 2);
log(`c2 XREADGROUP COUNT 2 > 得到 ${c2.map((e) => e.id).join(' ')}`);

handle('c1', c1[0]);
log(`c1 在处理 ${c1[1].id} 时崩溃，这条消息留在 PEL 里`);
handle('c2', c2[0]);
handle('c2', c2[1]);
log(`XPENDING：${s.xpending()}`);

// 巡检：c2 每 40 秒执行一次 XAUTOCLAIM，认领空闲超过 MIN_IDLE_MS 的消息
for (let round = 1; round <= 4 && s.pel.size > 0; round++) {
  s.now += 40_000;
  const claimed = s.xautoclaim('c2', MIN_IDLE_MS);
  log(`c2 XAUTOCLAIM min-idle ${MIN_IDLE_MS / 1000}s -> ${claimed.map((e) => `${e.id}（第 ${e.count} 次投递）`).join(' ') || '无'}`);
  for (const e of claimed) {
    if (e.count > MAX_DELIVERIES) {
      s.xack(e.id); // 先记进死信流（真实环境：XADD stream:dead ...），再 XACK 移出 PEL
      deadLetters.push(e.id);
      log(`${e.id} 已投递 ${e.count} 次，超过 ${MAX_DELIVERIES} 次，转入死信流并 XACK`);
      continue;
    }
    handle('c2', e);
  }
  log(`XPENDING：${s.xpending()}`);
}
log(`死信：${deadLetters.join(' ') || '无'}`);
log(`c1 崩溃前可能已经处理了 ${c1[1].id} 的一部分，被 c2 再处理一次就是重复，要靠幂等兜底`);
