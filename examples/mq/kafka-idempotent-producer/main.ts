// Kafka 的幂等生产者与事务生产者（简化模型）。
// 幂等：Broker 为每个“生产者 ID（PID）+ 分区”记住最近的序列号，重试发来的同一批次被识别为重复，不再追加。
// 事务：同一个 transactional.id 的新实例调用 initTransactions 时，协调者把纪元（epoch）加一，
//       旧实例（僵尸）再用旧纪元写入或提交都会被拒绝（ProducerFenced）。
// read_committed 的消费者只读到已提交事务的消息，被中止的事务消息被过滤掉。
// 这里用内存实现代替真实的 Kafka，输出可复现。
export {}; // 让本文件成为模块，避免与其他示例的全局名字冲突

interface Batch { pid: number; epoch: number; seq: number; value: string; txn: boolean }
interface Entry { value: string; pid: number; epoch: number; txn: boolean }

class PartitionLog {
  entries: Entry[] = [];
  private lastSeq = new Map<number, number>(); // PID -> 已写入的最大序列号
  private epochs = new Map<number, number>(); // PID -> 见过的最大纪元
  committed = new Set<string>(); // 已提交的事务，用“PID:纪元”标识；其余事务消息视为未提交或已中止

  append(b: Batch): string {
    const known = this.epochs.get(b.pid) ?? -1;
    if (b.epoch < known) return `拒绝：ProducerFenced（纪元 ${b.epoch} 小于已见过的 ${known}）`;
    if (b.epoch > known) this.lastSeq.delete(b.pid); // 新纪元的序列号从 0 重新开始
    this.epochs.set(b.pid, b.epoch);
    const last = this.lastSeq.get(b.pid) ?? -1;
    if (b.seq <= last) return `重复（seq ${b.seq} 已写入过），直接返回成功，不再追加`;
    if (b.seq > last + 1) return `拒绝：OutOfOrderSequence（期望 seq ${last + 1}，收到 ${b.seq}）`;
    this.lastSeq.set(b.pid, b.seq);
    this.entries.push({ value: b.value, pid: b.pid, epoch: b.epoch, txn: b.txn });
    return `追加到 offset ${this.entries.length - 1}`;
  }
  appendWithoutIdempotence(value: string): string {
    this.entries.push({ value, pid: -1, epoch: 0, txn: false });
    return `追加到 offset ${this.entries.length - 1}`;
  }
  readCommitted(): string[] {
    return this.entries
      .filter((e) => !e.txn || this.committed.has(`${e.pid}:${e.epoch}`))
      .map((e) => e.value);
  }
  readUncommitted(): string[] {
    return this.entries.map((e) => (e.txn ? `${e.value}(epoch ${e.epoch})` : e.value));
  }
}

// 事务协调者：transactional.id -> (PID, epoch)
class Coordinator {
  private ids = new Map<string, { pid: number; epoch: number }>();
  private nextPid = 1000;
  initTransactions(txnId: string): { pid: number; epoch: number } {
    const cur = this.ids.get(txnId);
    const next = cur ? { pid: cur.pid, epoch: cur.epoch + 1 } : { pid: this.nextPid++, epoch: 0 };
    this.ids.set(txnId, next);
    return next;
  }
  endTxn(txnId: string, pid: number, epoch: number): string | null {
    const cur = this.ids.get(txnId)!;
    if (cur.pid !== pid || cur.epoch !== epoch) return `拒绝：ProducerFenced（当前纪元是 ${cur.epoch}）`;
    return null;
  }
}

console.log('== 1. 不开幂等：响应丢了，重试会写出重复 ==');
{
  const log = new PartitionLog();
  console.log(`  send order-1 -> ${log.appendWithoutIdempotence('order-1')}（响应在网络上丢了）`);
  console.log(`  retry order-1 -> ${log.appendWithoutIdempotence('order-1')}`);
  console.log(`  分区内容：${log.readUncommitted().join(' ')}`);
}

console.log('== 2. 幂等生产者：PID + 序列号去重 ==');
{
  const log = new PartitionLog();
  const pid = 2000;
  console.log(`  send order-1 (pid=${pid}, seq=0) -> ${log.append({ pid, epoch: 0, seq: 0, value: 'order-1', txn: false })}（响应丢了）`);
  console.log(`  retry order-1 (pid=${pid}, seq=0) -> ${log.append({ pid, epoch: 0, seq: 0, value: 'order-1', txn: false })}`);
  console.log(`  send order-3 (pid=${pid}, seq=2) -> ${log.append({ pid, epoch: 0, seq: 2, value: 'order-3', txn: false })}`);
  console.log(`  send order-2 (pid=${pid}, seq=1) -> ${log.append({ pid, epoch: 0, seq: 1, value: 'order-2', txn: false })}`);
  console.log(`  分区内容：${log.readUncommitted().join(' ')}`);
  console.log('  （生产者重启后会拿到新的 PID，序列号从 0 开始，跨会话的重复它管不了）');
}

console.log('== 3. 事务生产者：新实例把僵尸实例隔离掉 ==');
{
  const log = new PartitionLog();
  const coord = new Coordinator();
  const p1 = coord.initTransactions('payment-tx');
  console.log(`  实例 P1 initTransactions -> pid=${p1.pid} epoch=${p1.epoch}`);
  console.log(`  P1 在事务里 send debit-1 -> ${log.append({ ...p1, seq: 0, value: 'debit-1', txn: true })}`);
  console.log('  P1 长时间 GC 停顿，被认为已死；运维拉起 P2');
  const p2 = coord.initTransactions('payment-tx');
  console.log(`  实例 P2 initTransactions -> pid=${p2.pid} epoch=${p2.epoch}（协调者中止 P1 未完成的事务）`);
  console.log(`  P2 send debit-1 -> ${log.append({ ...p2, seq: 0, value: 'debit-1', txn: true })}`);
  const err = coord.endTxn('payment-tx', p2.pid, p2.epoch);
  if (err === null) log.committed.add(`${p2.pid}:${p2.epoch}`);
  console.log(`  P2 commitTransaction -> ${err ?? '成功，协调者写入提交标记'}`);
  console.log(`  P1 醒来 send debit-2 -> ${log.append({ ...p1, seq: 1, value: 'debit-2', txn: true })}`);
  console.log(`  P1 commitTransaction -> ${coord.endTxn('payment-tx', p1.pid, p1.epoch)}`);
  console.log(`  read_uncommitted 消费者看到：${log.readUncommitted().join(' ')}`);
  console.log(`  read_committed 消费者看到：${log.readCommitted().join(' ')}（P1 被中止的 debit-1 被过滤）`);
}
