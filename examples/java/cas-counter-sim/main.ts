// CAS 模拟：① 几个“线程”交错执行 读 → 算 → CAS，统计重试次数，并和不用 CAS 的 count++ 对比；
// ② 无锁栈上的 ABA 问题，以及 AtomicStampedReference（值 + 版本号）如何识破它。
// “线程”的交错由一个起点固定的伪随机调度器决定，所以每次运行结果相同；改 SEED 看另一种交错。

export {}; // 让本文件成为模块，避免与全局类型重名

// ---- 可以修改的参数 ----
const THREADS = 3; // 线程数
const INCREMENTS = 4; // 每个线程自增次数
const SEED = 7; // 伪随机调度的起点
const TRACE = true; // 是否打印第 ① 段每一步
// -------------------------

/** 确定性的伪随机数（LCG），用来决定下一步让哪个线程执行。 */
let rnd = SEED;
function nextInt(n: number): number {
  rnd = (Math.imul(rnd, 1103515245) + 12345) & 0x7fffffff;
  return rnd % n;
}

/** 模拟 AtomicInteger：只提供 get 和 compareAndSet。 */
class AtomicInteger {
  constructor(private value = 0) {}
  get(): number {
    return this.value;
  }
  set(v: number): void {
    this.value = v;
  }
  compareAndSet(expect: number, update: number): boolean {
    if (this.value !== expect) return false;
    this.value = update;
    return true;
  }
}

type Phase = 'read' | 'cas';
interface SimThread {
  name: string;
  done: number; // 已完成的自增次数
  phase: Phase;
  seen: number; // 读到的旧值
  retries: number;
}

function runCounter(useCas: boolean): void {
  const counter = new AtomicInteger(0);
  const threads: SimThread[] = Array.from({ length: THREADS }, (_, i) => ({
    name: `T${i + 1}`,
    done: 0,
    phase: 'read' as Phase,
    seen: 0,
    retries: 0,
  }));
  let step = 0;
  for (;;) {
    const runnable = threads.filter((t) => t.done < INCREMENTS);
    if (runnable.length === 0) break;
    const t = runnable[nextInt(runnable.length)]!;
    step++;
    if (t.phase === 'read') {
      t.seen = counter.get();
      t.phase = 'cas';
      if (TRACE && useCas) console.log(`  ${String(step).padStart(2)} ${t.name} 读到 ${t.seen}`);
      continue;
    }
    if (useCas) {
      const ok = counter.compareAndSet(t.seen, t.seen + 1);
      if (ok) {
        t.done++;
        if (TRACE) console.log(`  ${String(step).padStart(2)} ${t.name} CAS(${t.seen} → ${t.seen + 1}) 成功`);
      } else {
        t.retries++;
        if (TRACE) console.log(`  ${String(step).padStart(2)} ${t.name} CAS(${t.seen} → ${t.seen + 1}) 失败：当前已是 ${counter.get()}，重读重试`);
      }
    } else {
      counter.set(t.seen + 1); // 普通写：不检查期间有没有被别人改过
      t.done++;
    }
    t.phase = 'read';
  }
  const expected = THREADS * INCREMENTS;
  if (useCas) {
    console.log(`CAS 计数：结果 ${counter.get()}（应为 ${expected}），重试次数 ${threads.map((t) => `${t.name}=${t.retries}`).join(' ')}`);
  } else {
    console.log(`普通 count++：结果 ${counter.get()}（应为 ${expected}），少了 ${expected - counter.get()} 次更新`);
  }
}

console.log(`== ① ${THREADS} 个线程各自增 ${INCREMENTS} 次 ==`);
runCounter(true);
rnd = SEED; // 同样的交错再跑一次不用 CAS 的版本
runCounter(false);

// ② ABA：无锁栈 top → A → B → C
console.log('== ② ABA ==');

class StackNode {
  constructor(
    readonly name: string,
    public next: StackNode | null,
  ) {}
}

/** 模拟 AtomicReference：按引用（===）比较。 */
class AtomicReference<T> {
  constructor(private ref: T) {}
  get(): T {
    return this.ref;
  }
  compareAndSet(expect: T, update: T): boolean {
    if (this.ref !== expect) return false;
    this.ref = update;
    return true;
  }
}

/** 模拟 AtomicStampedReference：引用和版本号一起比较。 */
class AtomicStampedReference<T> {
  constructor(
    private ref: T,
    private stamp: number,
  ) {}
  get(): [T, number] {
    return [this.ref, this.stamp];
  }
  compareAndSet(expectRef: T, newRef: T, expectStamp: number, newStamp: number): boolean {
    if (this.ref !== expectRef || this.stamp !== expectStamp) return false;
    this.ref = newRef;
    this.stamp = newStamp;
    return true;
  }
}

function show(top: StackNode | null): string {
  const names: string[] = [];
  for (let n = top; n; n = n.next) names.push(n.name);
  return names.length ? names.join(' → ') : '空';
}

function abaScenario(stamped: boolean): void {
  const c = new StackNode('C', null);
  const b = new StackNode('B', c);
  const a = new StackNode('A', b);
  const plain = new AtomicReference<StackNode | null>(a);
  const withStamp = new AtomicStampedReference<StackNode | null>(a, 0);
  const top = (): StackNode | null => (stamped ? withStamp.get()[0] : plain.get());
  const cas = (expect: StackNode | null, update: StackNode | null, stamp: number): boolean =>
    stamped ? withStamp.compareAndSet(expect, update, stamp, stamp + 1) : plain.compareAndSet(expect, update);
  const stampNow = (): number => (stamped ? withStamp.get()[1] : 0);

  console.log(stamped ? '-- AtomicStampedReference --' : '-- AtomicReference --');
  console.log(`初始栈：${show(top())}${stamped ? `，版本 ${stampNow()}` : ''}`);

  // 线程 1 准备 pop：读到 top=A、next=B、版本号，然后被挂起
  const t1Top = top()!;
  const t1Next = t1Top.next;
  const t1Stamp = stampNow();
  console.log(`线程 1 读到 top=${t1Top.name}，next=${t1Next?.name}${stamped ? `，版本 ${t1Stamp}` : ''}，被挂起`);

  // 线程 2：pop A、pop B、push A
  let s = stampNow();
  cas(a, b, s);
  s = stampNow();
  cas(b, c, s);
  b.next = null; // 出栈的节点断开 next（线程 2 拿走了 B，可能复用它）
  a.next = c;
  s = stampNow();
  cas(c, a, s);
  console.log(`线程 2 pop A、pop B、push A：栈变成 ${show(top())}${stamped ? `，版本 ${stampNow()}` : ''}`);

  // 线程 1 恢复，用旧的期望值做 CAS
  const ok = cas(t1Top, t1Next, t1Stamp);
  if (ok) {
    console.log(`线程 1 CAS(top, A → B) 成功：栈变成 ${show(top())}，B 早已被线程 2 取走，C 丢了`);
  } else {
    console.log(`线程 1 CAS 失败：版本 ${t1Stamp} ≠ ${stampNow()}，发现栈被改过，重读后重试`);
    const cur = top()!;
    const retried = cas(cur, cur.next, stampNow());
    console.log(`重试 pop ${cur.name}${retried ? ' 成功' : ' 失败'}：栈变成 ${show(top())}`);
  }
}

abaScenario(false);
abaScenario(true);
