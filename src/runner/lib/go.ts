// go.ts — Go 风格的并发原语（沙箱里的 TypeScript 移植都从这里导入）。
//
// JavaScript 只有一个线程：goroutine 在这里是一个 async 函数，“阻塞”就是 await。
// 语义尽量贴近 Go：无缓冲 channel 是会合点，向已关闭的 channel 发送会 panic，
// 解锁未加锁的 Mutex 是不可恢复的 fatal error，所有 goroutine 都阻塞且没有
// 计时器时，程序以 Go 的死锁信息结束。

/** 运行环境（沙箱运行器）提供的钩子；没有时退化为直接写 console。 */
interface GoHost {
  write(stream: 'stdout' | 'stderr', text: string): void;
  /** 结束整个程序：Go 的 fatal error、未恢复的 panic、死锁都走这里。 */
  exit(code: number): void;
  /** 未恢复的 panic 或 goroutine 里抛出的异常：打印并以退出码 2 结束。 */
  crash(err: unknown): void;
  /** 运行环境正在等待的计时器数量（sleep、ticker 以及用户自己的 setTimeout）。 */
  pendingTimers(): number;
  /** 不计入 pendingTimers 的宏任务，用来在微任务都跑完之后再检查死锁。 */
  defer(cb: () => void): void;
  /** 尽快执行的宏任务（不受 setTimeout 的最小延迟限制），用于调度可运行的 goroutine。 */
  schedule(cb: () => void): void;
}

const fallbackHost: GoHost = {
  write: (stream, text) => {
    const line = text.endsWith('\n') ? text.slice(0, -1) : text;
    if (stream === 'stderr') console.error(line);
    else console.log(line);
  },
  exit: (code) => {
    throw new Error(`program exited with code ${code}`);
  },
  crash: (err) => {
    throw err;
  },
  pendingTimers: () => 1, // 不知道计时器情况时不做死锁检测
  defer: (cb) => setTimeout(cb, 0),
  schedule: (cb) => setTimeout(cb, 0),
};

function host(): GoHost {
  return (globalThis as { __goHost?: GoHost }).__goHost ?? fallbackHost;
}

// ---------------------------------------------------------------- panic / fatal

/** Go 的 panic：一个未被捕获的 GoPanic 会让程序以退出码 2 结束。 */
export class GoPanic extends Error {
  readonly value: unknown;
  constructor(value: unknown) {
    super(value instanceof Error ? value.message : formatValue(value));
    this.name = 'GoPanic';
    this.value = value;
  }
}

export function panic(value: unknown): never {
  throw new GoPanic(value);
}

let finished = false;

/** 不可恢复的 fatal error：立即结束程序，try/catch 也拦不住（运行器不再接收任何输出）。 */
export function fatal(message: string): never {
  if (!finished) {
    finished = true;
    host().write('stderr', `fatal error: ${message}\n`);
    host().exit(2);
  }
  throw new GoFatal(message);
}

class GoFatal extends Error {
  constructor(message: string) {
    super(`fatal error: ${message}`);
    this.name = 'GoFatal';
  }
}

// ---------------------------------------------------------------- goroutines

let alive = 1; // main goroutine
let blocked = 0;
let deadlockCheckQueued = false;

function markBlocked(): void {
  blocked++;
  queueDeadlockCheck();
}

function markRunnable(): void {
  blocked--;
}

function queueDeadlockCheck(): void {
  if (deadlockCheckQueued) return;
  deadlockCheckQueued = true;
  host().defer(() => {
    deadlockCheckQueued = false;
    if (!finished && blocked >= alive && host().pendingTimers() === 0) {
      fatal('all goroutines are asleep - deadlock!');
    }
  });
}

// 可运行队列：被唤醒或新建的 goroutine 排在这里，每个宏任务恢复一个。
// 这样当前 goroutine 会一直运行到它阻塞为止，和只有一个 P 的 Go 调度器一致。
const runq: Array<() => void> = [];
let drainScheduled = false;

function ready(resume: () => void): void {
  runq.push(resume);
  scheduleDrain();
}

function scheduleDrain(): void {
  if (drainScheduled || runq.length === 0) return;
  drainScheduled = true;
  host().schedule(() => {
    drainScheduled = false;
    const next = runq.shift();
    scheduleDrain();
    next?.();
  });
}

/** 像 `go f()` 一样启动一个 goroutine：它稍后开始运行，调用方不等待它。 */
export function go(fn: () => unknown): void {
  alive++;
  ready(() => {
    let result: unknown;
    try {
      result = fn();
    } catch (err) {
      goroutineCrashed(err);
      return;
    }
    Promise.resolve(result).then(
      () => goroutineExited(),
      (err: unknown) => goroutineCrashed(err),
    );
  });
}

function goroutineExited(): void {
  alive--;
  queueDeadlockCheck();
}

function goroutineCrashed(err: unknown): void {
  alive--;
  if (err instanceof GoFatal || finished) return;
  finished = true;
  host().crash(err);
}

/** 阻塞在一个等待队列上：返回一个 Promise，并把当前 goroutine 计为阻塞。 */
function park<T>(register: (wake: (value: T) => void) => void): Promise<T> {
  markBlocked();
  return new Promise<T>((resolve) => {
    let woken = false;
    register((value: T) => {
      if (woken) return;
      woken = true;
      markRunnable();
      ready(() => resolve(value));
    });
  });
}

// ---------------------------------------------------------------- time

export const time = {
  Nanosecond: 1e-6,
  Microsecond: 1e-3,
  Millisecond: 1,
  Second: 1000,
  Minute: 60_000,
  Hour: 3_600_000,
  /** 返回一个 channel，d 毫秒后收到当前时间。 */
  after(d: number): Chan<Date> {
    const c = chan<Date>(1);
    setTimeout(() => void c.trySend(new Date()), Math.max(0, d));
    return c;
  },
  newTimer(d: number): Timer {
    return new Timer(d);
  },
  newTicker(d: number): Ticker {
    return new Ticker(d);
  },
  now(): number {
    return performance.now();
  },
  /** 从 start（time.now() 的返回值）到现在经过的毫秒数。 */
  since(start: number): number {
    return performance.now() - start;
  },
};

/** 等价于 time.Sleep(d)，d 以毫秒为单位。 */
export function sleep(d: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, d)));
}

export class Timer {
  readonly C = chan<Date>(1);
  private handle: ReturnType<typeof setTimeout> | undefined;
  constructor(d: number) {
    this.reset(d);
  }
  /** 停止计时器；返回 true 表示它还没触发。 */
  stop(): boolean {
    if (this.handle === undefined) return false;
    clearTimeout(this.handle);
    this.handle = undefined;
    return true;
  }
  reset(d: number): boolean {
    const wasActive = this.stop();
    this.handle = setTimeout(() => {
      this.handle = undefined;
      void this.C.trySend(new Date());
    }, Math.max(0, d));
    return wasActive;
  }
}

export class Ticker {
  readonly C = chan<Date>(1);
  private handle: ReturnType<typeof setInterval> | undefined;
  constructor(d: number) {
    if (d <= 0) panic('non-positive interval for NewTicker');
    // 和 Go 一样：接收方来不及取时丢弃这一拍，而不是堆积。
    this.handle = setInterval(() => void this.C.trySend(new Date()), d);
  }
  stop(): void {
    if (this.handle !== undefined) clearInterval(this.handle);
    this.handle = undefined;
  }
}

// ---------------------------------------------------------------- channels

type RecvResult<T> = [value: T, ok: boolean];

interface Waiter<T> {
  /** 同一个 select 里的所有 waiter 共享它，谁先被满足谁赢。 */
  group?: { done: boolean };
  value?: T; // 发送者携带的值
  /** 对接收者：交付值；对发送者：值已被取走（ok=true）或 channel 已关闭（ok=false）。 */
  fire(value: T, ok: boolean): void;
}

function takeWaiter<T>(queue: Waiter<T>[]): Waiter<T> | undefined {
  while (queue.length > 0) {
    const w = queue.shift()!;
    if (!w.group) return w;
    if (!w.group.done) {
      w.group.done = true;
      return w;
    }
  }
  return undefined;
}

export class Chan<T> {
  readonly cap: number;
  private readonly buf: T[] = [];
  private readonly recvq: Waiter<T>[] = [];
  private readonly sendq: Waiter<T>[] = [];
  private closed = false;
  private readonly zero: T;

  constructor(capacity: number, zero: T) {
    if (!Number.isInteger(capacity) || capacity < 0) panic('makechan: size out of range');
    this.cap = capacity;
    this.zero = zero;
  }

  /** len(ch)：缓冲区里的元素个数。 */
  get length(): number {
    return this.buf.length;
  }

  /** ch <- v */
  send(value: T): Promise<void> {
    if (this.trySend(value)) return Promise.resolve();
    return park<boolean>((wake) => {
      this.sendq.push({ value, fire: (_v, ok) => wake(ok) });
    }).then((ok) => {
      if (!ok) panic('send on closed channel');
    });
  }

  /** 不阻塞的发送：成功返回 true（用于计时器和 select 的 default 分支）。 */
  trySend(value: T): boolean {
    if (this.closed) panic('send on closed channel');
    const receiver = takeWaiter(this.recvq);
    if (receiver) {
      receiver.fire(value, true);
      return true;
    }
    if (this.buf.length < this.cap) {
      this.buf.push(value);
      return true;
    }
    return false;
  }

  /** v := <-ch；已关闭且取空时得到零值。 */
  async recv(): Promise<T> {
    const [value] = await this.recv2();
    return value;
  }

  /** v, ok := <-ch */
  recv2(): Promise<RecvResult<T>> {
    const ready = this.tryRecv();
    if (ready) return Promise.resolve(ready);
    return park<RecvResult<T>>((wake) => {
      this.recvq.push({ fire: (value, ok) => wake([value, ok]) });
    });
  }

  /** 不阻塞的接收：有值（或已关闭）时返回结果，否则返回 undefined。 */
  tryRecv(): RecvResult<T> | undefined {
    if (this.buf.length > 0) {
      const value = this.buf.shift()!;
      const sender = takeWaiter(this.sendq);
      if (sender) {
        this.buf.push(sender.value as T);
        sender.fire(sender.value as T, true);
      }
      return [value, true];
    }
    const sender = takeWaiter(this.sendq);
    if (sender) {
      sender.fire(sender.value as T, true);
      return [sender.value as T, true];
    }
    if (this.closed) return [this.zero, false];
    return undefined;
  }

  /** close(ch)：唤醒所有接收者（零值, false），所有阻塞的发送者 panic。 */
  close(): void {
    if (this.closed) panic('close of closed channel');
    this.closed = true;
    let w: Waiter<T> | undefined;
    while ((w = takeWaiter(this.recvq))) w.fire(this.zero, false);
    while ((w = takeWaiter(this.sendq))) w.fire(this.zero, false);
  }

  /** for v := range ch */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for (;;) {
      const [value, ok] = await this.recv2();
      if (!ok) return;
      yield value;
    }
  }

  /** select 分支：case v, ok := <-ch */
  onRecv(handler: (value: T, ok: boolean) => unknown = () => undefined): SelectCase {
    return { chan: this as Chan<unknown>, dir: 'recv', handler: handler as SelectCase['handler'] };
  }

  /** select 分支：case ch <- v */
  onSend(value: T, handler: () => unknown = () => undefined): SelectCase {
    return { chan: this as Chan<unknown>, dir: 'send', value, handler: handler as SelectCase['handler'] };
  }

  /** @internal select 用：登记一个等待者。 */
  enqueue(dir: 'recv' | 'send', waiter: Waiter<T>): void {
    (dir === 'recv' ? this.recvq : this.sendq).push(waiter);
  }
}

/**
 * make(chan T, capacity)。zero 是接收已关闭 channel 时得到的零值
 * （TypeScript 不知道 T 的零值，比如 chan<number>(0, 0)）。
 */
export function chan<T = unknown>(capacity = 0, zero?: T): Chan<T> {
  return new Chan<T>(capacity, zero as T);
}

export interface SelectCase {
  chan: Chan<unknown>;
  dir: 'recv' | 'send';
  value?: unknown;
  handler: (value?: unknown, ok?: boolean) => unknown;
}

/**
 * select { case ...: ; default: }。有多个分支就绪时像 Go 一样随机选一个；
 * 传入 onDefault 时不阻塞。返回被选中分支处理函数的返回值。
 */
export async function select(cases: SelectCase[], onDefault?: () => unknown): Promise<unknown> {
  const order = cases.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const i of order) {
    const c = cases[i]!;
    if (c.dir === 'recv') {
      const got = c.chan.tryRecv();
      if (got) return c.handler(got[0], got[1]);
    } else if (c.chan.trySend(c.value)) {
      return c.handler();
    }
  }
  if (onDefault) return onDefault();
  if (cases.length === 0) {
    // select {} 永远阻塞
    return park<never>(() => undefined);
  }
  const group = { done: false };
  const chosen = await park<{ c: SelectCase; value: unknown; ok: boolean }>((wake) => {
    for (const c of cases) {
      c.chan.enqueue(c.dir, {
        group,
        value: c.value,
        fire: (value, ok) => wake({ c, value, ok }),
      });
    }
  });
  if (chosen.c.dir === 'send') {
    if (!chosen.ok) panic('send on closed channel');
    return chosen.c.handler();
  }
  return chosen.c.handler(chosen.value, chosen.ok);
}

// ---------------------------------------------------------------- sync

export class Mutex {
  private locked = false;
  private readonly waiters: Array<() => void> = [];

  lock(): Promise<void> {
    if (!this.locked) {
      this.locked = true;
      return Promise.resolve();
    }
    return park<void>((wake) => this.waiters.push(wake));
  }

  tryLock(): boolean {
    if (this.locked) return false;
    this.locked = true;
    return true;
  }

  unlock(): void {
    if (!this.locked) fatal('sync: unlock of unlocked mutex');
    const next = this.waiters.shift();
    if (next) next(); // 直接把锁交给排在最前面的等待者
    else this.locked = false;
  }
}

export class RWMutex {
  private readers = 0;
  private writer = false;
  private readonly readerWaiters: Array<() => void> = [];
  private readonly writerWaiters: Array<() => void> = [];

  rlock(): Promise<void> {
    // 有写者持有或在排队时，新来的读者要等：写者不会被读者饿死。
    if (!this.writer && this.writerWaiters.length === 0) {
      this.readers++;
      return Promise.resolve();
    }
    return park<void>((wake) => this.readerWaiters.push(wake));
  }

  runlock(): void {
    if (this.readers <= 0) fatal('sync: RUnlock of unlocked RWMutex');
    this.readers--;
    if (this.readers === 0) {
      const w = this.writerWaiters.shift();
      if (w) {
        this.writer = true;
        w();
      }
    }
  }

  lock(): Promise<void> {
    if (!this.writer && this.readers === 0) {
      this.writer = true;
      return Promise.resolve();
    }
    return park<void>((wake) => this.writerWaiters.push(wake));
  }

  unlock(): void {
    if (!this.writer) fatal('sync: Unlock of unlocked RWMutex');
    this.writer = false;
    // 写锁释放时，先放行等待中的读者，再轮到下一个写者。
    if (this.readerWaiters.length > 0) {
      const batch = this.readerWaiters.splice(0);
      this.readers += batch.length;
      batch.forEach((wake) => wake());
    } else {
      const w = this.writerWaiters.shift();
      if (w) {
        this.writer = true;
        w();
      }
    }
  }
}

export class WaitGroup {
  private counter = 0;
  private waiters: Array<() => void> = [];

  add(delta: number): void {
    this.counter += delta;
    if (this.counter < 0) panic('sync: negative WaitGroup counter');
    if (this.counter === 0) {
      const ws = this.waiters;
      this.waiters = [];
      ws.forEach((wake) => wake());
    }
  }

  done(): void {
    this.add(-1);
  }

  wait(): Promise<void> {
    if (this.counter === 0) return Promise.resolve();
    return park<void>((wake) => this.waiters.push(wake));
  }

  /**
   * 模拟 Go 里按值传递 WaitGroup：得到一份计数器的副本，
   * 对副本调用 Done 不会影响原来那个。
   */
  copy(): WaitGroup {
    const c = new WaitGroup();
    c.counter = this.counter;
    return c;
  }
}

export class Once {
  private started = false;
  private completion: Promise<void> | undefined;

  /** 只执行一次 fn；其他调用者等第一次执行结束后才返回。 */
  async do(fn: () => unknown): Promise<void> {
    if (!this.started) {
      this.started = true;
      this.completion = Promise.resolve().then(fn).then(() => undefined);
    }
    await this.completion;
  }
}

class AtomicNumber {
  private v: number;
  constructor(initial = 0) {
    this.v = initial;
  }
  load(): number {
    return this.v;
  }
  store(v: number): void {
    this.v = v;
  }
  add(delta: number): number {
    this.v += delta;
    return this.v;
  }
  swap(v: number): number {
    const old = this.v;
    this.v = v;
    return old;
  }
  compareAndSwap(old: number, next: number): boolean {
    if (this.v !== old) return false;
    this.v = next;
    return true;
  }
}

/** sync/atomic：JavaScript 单线程，这些操作天然不可分割；保留 Go 的接口以便对照。 */
export const atomic = {
  Int32: AtomicNumber,
  Int64: AtomicNumber,
  Uint64: AtomicNumber,
};

// ---------------------------------------------------------------- context

export interface Context {
  done(): Chan<void> | null;
  err(): Error | null;
  deadline(): number | null;
  value(key: unknown): unknown;
}

const canceled = new Error('context canceled');
const deadlineExceeded = new Error('context deadline exceeded');

class EmptyContext implements Context {
  done(): Chan<void> | null {
    return null;
  }
  err(): Error | null {
    return null;
  }
  deadline(): number | null {
    return null;
  }
  value(): unknown {
    return undefined;
  }
}

class CancelContext implements Context {
  private readonly doneChan = chan<void>();
  private error: Error | null = null;
  private readonly children = new Set<CancelContext>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly parent: Context,
    private readonly deadlineAt: number | null,
  ) {
    if (parent instanceof CancelContext) {
      if (parent.error) this.cancel(parent.error);
      else parent.children.add(this);
    } else if (parent instanceof ValueContext) {
      const owner = parent.cancelOwner();
      if (owner) {
        if (owner.err()) this.cancel(owner.err()!);
        else owner.children.add(this);
      }
    }
    if (deadlineAt !== null && !this.error) {
      const wait = deadlineAt - performance.now();
      if (wait <= 0) this.cancel(deadlineExceeded);
      else this.timer = setTimeout(() => this.cancel(deadlineExceeded), wait);
    }
  }

  cancel(reason: Error): void {
    if (this.error) return;
    this.error = reason;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.doneChan.close();
    for (const child of this.children) child.cancel(reason);
    this.children.clear();
  }

  done(): Chan<void> {
    return this.doneChan;
  }
  err(): Error | null {
    return this.error;
  }
  deadline(): number | null {
    const parentDeadline = this.parent.deadline();
    if (this.deadlineAt === null) return parentDeadline;
    return parentDeadline === null ? this.deadlineAt : Math.min(parentDeadline, this.deadlineAt);
  }
  value(key: unknown): unknown {
    return this.parent.value(key);
  }
}

class ValueContext implements Context {
  constructor(
    readonly parent: Context,
    private readonly key: unknown,
    private readonly val: unknown,
  ) {}
  cancelOwner(): CancelContext | null {
    let p: Context = this.parent;
    while (p instanceof ValueContext) p = p.parent;
    return p instanceof CancelContext ? p : null;
  }
  done(): Chan<void> | null {
    return this.parent.done();
  }
  err(): Error | null {
    return this.parent.err();
  }
  deadline(): number | null {
    return this.parent.deadline();
  }
  value(key: unknown): unknown {
    return key === this.key ? this.val : this.parent.value(key);
  }
}

type CancelFunc = () => void;

export const context = {
  Canceled: canceled,
  DeadlineExceeded: deadlineExceeded,
  background(): Context {
    return new EmptyContext();
  },
  todo(): Context {
    return new EmptyContext();
  },
  withCancel(parent: Context): [Context, CancelFunc] {
    const ctx = new CancelContext(parent, null);
    return [ctx, () => ctx.cancel(canceled)];
  },
  withTimeout(parent: Context, timeout: number): [Context, CancelFunc] {
    const ctx = new CancelContext(parent, performance.now() + timeout);
    return [ctx, () => ctx.cancel(canceled)];
  },
  withDeadline(parent: Context, at: number): [Context, CancelFunc] {
    const ctx = new CancelContext(parent, at);
    return [ctx, () => ctx.cancel(canceled)];
  },
  withValue(parent: Context, key: unknown, value: unknown): Context {
    return new ValueContext(parent, key, value);
  },
};

// ---------------------------------------------------------------- runtime

export const runtime = {
  /** 当前存活的 goroutine 数（含 main）。 */
  numGoroutine(): number {
    return alive;
  },
  /** 让出执行权，让其他 goroutine 先跑。 */
  gosched(): Promise<void> {
    return new Promise((resolve) => ready(resolve));
  },
  NumCPU: 1,
};

// ---------------------------------------------------------------- fmt

function formatValue(v: unknown, plus = false, depth = 0): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Error) return v.message;
  if (depth > 4) return '...';
  if (Array.isArray(v)) return `[${v.map((x) => formatValue(x, plus, depth + 1)).join(' ')}]`;
  if (v instanceof Map) {
    const entries = [...v.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
    return `map[${entries.map(([k, x]) => `${formatValue(k, plus, depth + 1)}:${formatValue(x, plus, depth + 1)}`).join(' ')}]`;
  }
  if (v instanceof Set) return `map[${[...v].map((x) => `${formatValue(x, plus, depth + 1)}:{}`).join(' ')}]`;
  if (v instanceof Chan) return `chan(${v.cap})`;
  if (typeof v === 'object') {
    const custom = (v as { toString?: () => string }).toString;
    if (custom && custom !== Object.prototype.toString) return custom.call(v);
    const fields = Object.entries(v as Record<string, unknown>).map(([k, x]) =>
      plus ? `${k}:${formatValue(x, plus, depth + 1)}` : formatValue(x, plus, depth + 1),
    );
    return `{${fields.join(' ')}}`;
  }
  return String(v);
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  if (s.length >= width) return s;
  const fill = (zero && !left ? '0' : ' ').repeat(width - s.length);
  if (zero && !left && (s.startsWith('-') || s.startsWith('+'))) return s[0] + fill + s.slice(1);
  return left ? s + fill : fill + s;
}

function sprintf(format: string, args: unknown[]): string {
  let argIndex = 0;
  const out = format.replace(/%([-+0 #]*)(\d+)?(?:\.(\d+))?([vdsqtfxXcTbeo%])/g, (m, flags: string, width?: string, prec?: string, verb?: string) => {
    if (verb === '%') return '%';
    if (argIndex >= args.length) return `%!${verb}(MISSING)`;
    const arg = args[argIndex++];
    let s: string;
    switch (verb) {
      case 'v':
        s = formatValue(arg, flags.includes('+'));
        break;
      case 'd':
        s = typeof arg === 'number' ? String(Math.trunc(arg)) : formatValue(arg);
        if (flags.includes('+') && typeof arg === 'number' && arg >= 0) s = `+${s}`;
        break;
      case 's':
        s = formatValue(arg);
        break;
      case 'q':
        s = JSON.stringify(formatValue(arg));
        break;
      case 't':
        s = String(Boolean(arg));
        break;
      case 'f':
        s = Number(arg).toFixed(prec === undefined ? 6 : Number(prec));
        break;
      case 'e':
        s = Number(arg).toExponential(prec === undefined ? 6 : Number(prec)).replace(/e([+-])(\d)$/, 'e$10$2');
        break;
      case 'x':
        s = typeof arg === 'number' ? arg.toString(16) : [...new TextEncoder().encode(String(arg))].map((b) => b.toString(16).padStart(2, '0')).join('');
        break;
      case 'X':
        s = (typeof arg === 'number' ? arg.toString(16) : String(arg)).toUpperCase();
        break;
      case 'o':
        s = Number(arg).toString(8);
        break;
      case 'b':
        s = Number(arg).toString(2);
        break;
      case 'c':
        s = String.fromCodePoint(Number(arg));
        break;
      case 'T':
        s = Array.isArray(arg) ? '[]' + (arg.length ? typeof arg[0] : 'interface {}') : typeof arg === 'number' ? (Number.isInteger(arg) ? 'int' : 'float64') : typeof arg;
        break;
      default:
        s = m;
    }
    return width ? pad(s, Number(width), flags.includes('-'), flags.includes('0')) : s;
  });
  return out;
}

function sprint(args: unknown[]): string {
  // Go 的 Print：相邻两个操作数都不是字符串时才加空格。
  let s = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') s += ' ';
    s += formatValue(a);
  });
  return s;
}

export const fmt = {
  Println(...args: unknown[]): void {
    host().write('stdout', args.map((a) => formatValue(a)).join(' ') + '\n');
  },
  Print(...args: unknown[]): void {
    host().write('stdout', sprint(args));
  },
  Printf(format: string, ...args: unknown[]): void {
    host().write('stdout', sprintf(format, args));
  },
  Sprintf(format: string, ...args: unknown[]): string {
    return sprintf(format, args);
  },
  Sprint(...args: unknown[]): string {
    return sprint(args);
  },
  Sprintln(...args: unknown[]): string {
    return args.map((a) => formatValue(a)).join(' ') + '\n';
  },
  Errorf(format: string, ...args: unknown[]): Error {
    return new Error(sprintf(format, args));
  },
  /** 写到标准错误，相当于 fmt.Fprintln(os.Stderr, ...)。 */
  Eprintln(...args: unknown[]): void {
    host().write('stderr', args.map((a) => formatValue(a)).join(' ') + '\n');
  },
};
