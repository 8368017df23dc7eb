// go.ts — Go 风格的并发原语（沙箱里的 TypeScript 移植都从这里导入）。
//
// JavaScript 只有一个线程：goroutine 在这里是一个 async 函数，“阻塞”就是 await。
// 调度和 GOMAXPROCS=1 的 Go 一样：当前 goroutine 一直运行到阻塞为止；被它唤醒的
// goroutine（以及 go 新建的）放进 runnext，下一个运行，原来的 runnext 排到队尾；
// 其余按先进先出。所有 goroutine 都阻塞、又没有能唤醒谁的计时器时，程序以 Go 的
// 死锁信息结束。
//
// 沙箱做不到的：JavaScript 不能抢占一个不 await 的循环——在 goroutine 里写
// for (;;) {} 会卡住整个程序（5 秒后被终止），Go 1.14 起的异步抢占这里没有；
// 数据竞争也不会发生（同一时刻只有一段代码在跑），所以 -race 能查出的问题在这里看不到。
// 时间是真实时间，int64 在这里是 JavaScript 的 number（超过 2^53 不精确）。
//
// 目录：宿主 · panic/fatal · 调度器 · 计时器 · time · channel · select · sync · atomic ·
// context · runtime · os/io · fmt

// ================================================================ 宿主

/** 运行环境（沙箱运行器）提供的钩子；没有时退化为直接写 console。 */
interface GoHost {
  write(stream: 'stdout' | 'stderr', text: string): void;
  /** 结束整个程序：Go 的 fatal error、未恢复的 panic、死锁、os.Exit 都走这里。 */
  exit(code: number): void;
  /** 未恢复的 panic 或 goroutine 里抛出的异常：打印 Go 风格的报告并以退出码 2 结束。 */
  crash(err: unknown, where?: { goroutine: number; func: string }): void;
  /** 读者代码自己的 setTimeout/setInterval 还有几个在等。 */
  pendingTimers(): number;
  /** 不计入 pendingTimers 的宏任务，用来在微任务都跑完之后再检查死锁。 */
  defer(cb: () => void): void;
  /** 尽快执行的宏任务（不受 setTimeout 的最小延迟限制）。 */
  schedule(cb: () => void): void;
  /** 不计入 pendingTimers 的计时器（运行库自己的计时器用它）；返回取消函数。 */
  timer?(cb: () => void, ms: number): () => void;
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

function hostTimer(cb: () => void, ms: number): () => void {
  const h = host();
  if (h.timer) return h.timer(cb, ms);
  const handle = setTimeout(cb, ms);
  return () => clearTimeout(handle);
}

/**
 * 假时间（测试用，对应 Go 的 -tags=faketime，也就是 Go Playground 的做法）：globalThis.__goFakeTime 为 true 时，
 * 时钟只在所有 goroutine 都阻塞时才向前跳到下一个计时器，输出与机器快慢无关。
 */
let fakeClock: number | null = (globalThis as { __goFakeTime?: boolean }).__goFakeTime ? performance.now() : null;

/** 单调时钟（毫秒）。 */
const monoNow = (): number => fakeClock ?? performance.now();

// ================================================================ panic / fatal

/** Go 的 panic：一个未被捕获的 GoPanic 会让程序以退出码 2 结束。 */
export class GoPanic extends Error {
  readonly value: unknown;
  constructor(value: unknown) {
    super(panicText(value));
    this.name = 'GoPanic';
    this.value = value;
  }
}

function panicText(value: unknown): string {
  if (value instanceof GoPanic) return value.message;
  if (value instanceof Error) return value.message;
  if (isRuntimeError(value)) return value.Error();
  return formatValue(value);
}

interface RuntimeErrorValue {
  Error(): string;
}
function isRuntimeError(v: unknown): v is RuntimeErrorValue {
  return typeof v === 'object' && v !== null && typeof (v as { Error?: unknown }).Error === 'function';
}

/** panic(v)：抛出 GoPanic；没人用 try/catch（recover）接住时，程序打印 panic: v 并以退出码 2 结束。 */
export function panic(value: unknown): never {
  throw new GoPanic(value);
}

let finished = false;

/** 不可恢复的 fatal error：立即结束程序，try/catch 也拦不住（运行器不再接收任何输出）。 */
export function fatal(message: string): never {
  if (!finished) {
    finished = true;
    const trace = message === DEADLOCK ? goroutineDump() : runningTrace();
    host().write('stderr', `fatal error: ${message}\n\n${trace}`);
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

/** os.Exit 之后继续执行的代码（包括 finally）不再有任何可见效果：输出已被关闭。 */
class GoExit extends Error {
  constructor(code: number) {
    super(`exit status ${code}`);
    this.name = 'GoExit';
  }
}

const DEADLOCK = 'all goroutines are asleep - deadlock!';

// ================================================================ 调度器

interface G {
  readonly id: number;
  readonly func: string;
  /** 阻塞原因，和 Go 的 goroutine 转储一样，例如 chan receive、sync.Mutex.Lock。 */
  reason: string;
  status: 'running' | 'runnable' | 'waiting';
}

interface Runnable {
  g: G;
  resume: () => void;
}

const mainG: G = { id: 1, func: 'main.main', reason: '', status: 'running' };
const allG = new Map<number, G>([[1, mainG]]);
let nextGoroutineId = 2;
let anonymousFuncs = 0;

/** 持有唯一的 P 的 goroutine；null 表示空闲。宏任务开始时它若不为 null，说明它在等运行库之外的东西。 */
let current: G | null = mainG;
let runnext: Runnable | null = null;
const runq: Runnable[] = [];
let runqHead = 0;
/** 连续在微任务里交接的次数：到 YIELD_EVERY 就让出一次事件循环，让计时器和消息能跑。 */
let handoffs = 0;
const YIELD_EVERY = 1000;
let held: Runnable | null = null;
let kickQueued = false;
let deadlockCheckQueued = false;

/**
 * 从 runnext 接着跑的 goroutine 继承时间片（Go 里一片用满 10ms 会被 sysmon 抢占，队列里的才轮得到）。
 * 这里按交接次数算而不按时间算，输出不受机器快慢影响。
 */
const SLICE_HANDOFFS = 5000;
let sliceHandoffs = 0;

function takeRunnable(): Runnable | null {
  if (runnext) {
    const r = runnext;
    runnext = null;
    if (runqHead === runq.length || ++sliceHandoffs < SLICE_HANDOFFS) return r;
    runq.push(r);
  }
  sliceHandoffs = 0;
  if (runqHead < runq.length) {
    const r = runq[runqHead]!;
    runq[runqHead++] = undefined as unknown as Runnable;
    if (runqHead > 1024 && runqHead * 2 > runq.length) {
      runq.splice(0, runqHead);
      runqHead = 0;
    }
    return r;
  }
  return null;
}

function hasRunnable(): boolean {
  return runnext !== null || runqHead < runq.length || held !== null;
}

/** 把 g 标记为可运行。next=true（Go 的 goready）放进 runnext，原来的 runnext 排到队尾。 */
function ready(r: Runnable, next: boolean): void {
  r.g.status = 'runnable';
  if (next) {
    if (runnext) runq.push(runnext);
    runnext = r;
  } else {
    runq.push(r);
  }
  // 由运行库之外的回调唤醒（没有 goroutine 在跑、也不在计时器批处理里）：用宏任务接上调度。
  if (current === null && !inTimerBatch) queueKick();
}

function run(r: Runnable): void {
  current = r.g;
  r.g.status = 'running';
  r.resume();
}

/** 当前 goroutine 阻塞或结束了：把 P 交给下一个可运行的 goroutine。 */
function schedule(): void {
  if (current !== null || held !== null || finished) return;
  const r = takeRunnable();
  if (!r) {
    queueDeadlockCheck();
    return;
  }
  if (++handoffs >= YIELD_EVERY) {
    held = r;
    queueKick();
    return;
  }
  run(r);
}

function queueKick(): void {
  if (kickQueued) return;
  kickQueued = true;
  host().schedule(kick);
}

function kick(): void {
  kickQueued = false;
  handoffs = 0;
  burstStart = monoNow();
  if (fakeClock !== null && held === null && firstBatch().due <= fakeClock) {
    onTimers();
    return;
  }
  current = null; // 宏任务里：之前的 current 只可能在等运行库之外的东西
  const r = held ?? takeRunnable();
  held = null;
  if (finished) return;
  if (r) run(r);
  else queueDeadlockCheck();
}

/**
 * 阻塞当前 goroutine，直到 register 拿到的 wake 被调用。
 * wake(value, next) 的 next 默认 true：被唤醒者下一个运行（Go 的 goready）；
 * wake(value, next, err) 带 err 时，被唤醒的 goroutine 在恢复运行的地方抛出 err。
 */
function park<T>(reason: string, register: (wake: (value: T, next?: boolean, err?: unknown) => void) => void): Promise<T> {
  const g = current ?? mainG;
  g.status = 'waiting';
  g.reason = reason;
  return new Promise<T>((resolve, reject) => {
    let woken = false;
    register((value: T, next = true, err?: unknown) => {
      if (woken) return;
      woken = true;
      ready({ g, resume: err === undefined ? () => resolve(value) : () => reject(err) }, next);
    });
    if (current === g || current === null) {
      current = null;
      schedule();
    }
  });
}

function queueDeadlockCheck(): void {
  if (deadlockCheckQueued || finished) return;
  deadlockCheckQueued = true;
  host().defer(() => {
    deadlockCheckQueued = false;
    if (finished || hasRunnable() || kickQueued) return;
    if (timersKeepAlive()) {
      if (fakeClock !== null) {
        fakeClock = Math.max(fakeClock, firstBatch().due);
        onTimers();
      }
      return;
    }
    if (host().pendingTimers() > 0) return;
    fatal(DEADLOCK);
  });
}

function goroutineDump(): string {
  const gs = [...allG.values()].sort((a, b) => a.id - b.id);
  return gs.map((g) => `goroutine ${g.id} [${g.status === 'waiting' ? g.reason : g.status}]:\n${g.func}()\n`).join('\n');
}

function runningTrace(): string {
  const g = current ?? mainG;
  return `goroutine ${g.id} [running]:\n${g.func}()\n`;
}

/** go f(args...)：启动一个 goroutine（它放进 runnext，当前 goroutine 阻塞后它先跑），调用方不等待它。 */
export function go<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): void {
  const name = fn.name && !fn.name.startsWith('bound ') ? `main.${fn.name}` : `main.main.func${++anonymousFuncs}`;
  const g: G = { id: nextGoroutineId++, func: name, reason: '', status: 'runnable' };
  allG.set(g.id, g);
  const start = (): void => {
    let result: unknown;
    try {
      result = fn(...args);
    } catch (err) {
      goroutineCrashed(g, err);
      return;
    }
    Promise.resolve(result).then(
      () => goroutineExited(g),
      (err: unknown) => goroutineCrashed(g, err),
    );
  };
  ready({ g, resume: () => queueMicrotask(start) }, true);
}

function goroutineExited(g: G): void {
  allG.delete(g.id);
  if (current === g) {
    current = null;
    schedule();
  } else if (current === null) {
    schedule();
  }
}

function goroutineCrashed(g: G, err: unknown): void {
  allG.delete(g.id);
  if (err instanceof GoFatal || err instanceof GoExit || finished) return;
  finished = true;
  host().crash(err, { goroutine: g.id, func: g.func });
}

// ================================================================ 计时器

interface TimerEntry {
  /** 真实的到期时刻（单调时钟毫秒）：不早于它触发。 */
  when: number;
  /** 决定先后和分组的时刻，见 setWhen。 */
  vwhen: number;
  seq: number;
  fire: () => void;
  /** 它会不会唤醒某个 goroutine：Go 1.23 起，没人等的 Timer/Ticker channel 不让死锁的程序活着。 */
  keepsAlive: () => boolean;
  active: boolean;
}

const timers: TimerEntry[] = []; // 按 (vwhen, seq) 排序
let timerSeq = 0;
let armedAt = Infinity;
let disarm: (() => void) | null = null;
let inTimerBatch = false;
/** 这一轮调度（两个宏任务之间的一串微任务交接）开始的时刻。 */
let burstStart = monoNow();
const SNAP_MS = 50;
const SAME_INSTANT_MS = 0.5;

/**
 * 计时器在 d 之后到期。在 Go 里，同一轮调度里创建的计时器几乎是同一时刻创建的；JavaScript
 * 可能在这一轮里花掉几毫秒甚至几十毫秒（冷启动编译、机器繁忙），所以这一轮开始后 SNAP_MS 以内
 * 创建的计时器，排序用“这一轮开始的时刻 + d”（vwhen），
 * 真正触发仍然不早于“现在 + d”（when）。这样 3 个 goroutine 各自 sleep(50) 会像 Go 一样在同一批里醒来。
 */
function setWhen(e: TimerEntry, d: number): void {
  const now = monoNow();
  e.when = now + d;
  e.vwhen = (now - burstStart < SNAP_MS ? burstStart : now) + d;
}

function addTimer(e: TimerEntry): void {
  e.seq = timerSeq++;
  e.active = true;
  let lo = 0;
  let hi = timers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = timers[mid]!;
    if (t.vwhen < e.vwhen || (t.vwhen === e.vwhen && t.seq < e.seq)) lo = mid + 1;
    else hi = mid;
  }
  timers.splice(lo, 0, e);
  armTimers();
}

function removeTimer(e: TimerEntry): void {
  if (!e.active) return;
  e.active = false;
  const i = timers.indexOf(e);
  if (i >= 0) timers.splice(i, 1);
}

/** 最早的一批（vwhen 相差不到 SAME_INSTANT_MS）有几个，以及它们都到期的时刻。 */
function firstBatch(): { count: number; due: number } {
  if (timers.length === 0) return { count: 0, due: Infinity };
  const limit = timers[0]!.vwhen + SAME_INSTANT_MS;
  let count = 0;
  let due = -Infinity;
  while (count < timers.length && timers[count]!.vwhen <= limit) due = Math.max(due, timers[count++]!.when);
  return { count, due };
}

function armTimers(): void {
  const { count, due } = firstBatch();
  if (count === 0) return;
  if (fakeClock !== null) {
    if (due <= fakeClock) queueKick(); // 已经到期的下一批：下一个宏任务触发
    return; // 其余的等调度器空闲时跳过去（queueDeadlockCheck）
  }
  if (disarm && armedAt <= due) return;
  disarm?.();
  armedAt = due;
  disarm = hostTimer(onTimers, Math.max(0, Math.ceil(due - monoNow())));
}

// 一次只触发同一时刻到期的一批计时器，晚一些的留到下一个宏任务：被早到期的计时器唤醒的
// goroutine 先跑完，就像机器没有卡顿时 Go 那样；宿主卡顿时顺序也不会因此乱掉。
function onTimers(): void {
  disarm = null;
  armedAt = Infinity;
  if (finished) return;
  current = null; // 宏任务里：current 只可能在等运行库之外的东西
  burstStart = monoNow();
  const { count, due } = firstBatch();
  if (count > 0 && due <= burstStart) {
    const batch = timers.splice(0, count);
    inTimerBatch = true;
    try {
      for (const e of batch) {
        e.active = false;
        e.fire();
      }
    } finally {
      inTimerBatch = false;
    }
  }
  armTimers();
  schedule();
}

function timersKeepAlive(): boolean {
  return timers.some((t) => t.keepsAlive());
}

// ================================================================ time

interface DurationMethods {
  /** d.String()：Go 的格式，1.5s、101ms、1m30s、0s。 */
  String(): string;
  hours(): number;
  minutes(): number;
  seconds(): number;
  milliseconds(): number;
  microseconds(): number;
  nanoseconds(): number;
  /** d.Round(m)：四舍五入到 m 的整数倍。 */
  round(m: number): Duration;
  /** d.Truncate(m)：向零截断到 m 的整数倍。 */
  truncate(m: number): Duration;
  abs(): Duration;
}

/**
 * time.Duration：一个毫秒数（可以直接参与算术和比较），fmt 按 Go 的格式打印它（1.5s）。
 * 算术的结果是普通 number：要按 Duration 打印，用 time.Duration(x) 包一下。
 */
export type Duration = number & DurationMethods;

class DurationValue extends Number implements DurationMethods {
  String(): string {
    return formatDuration(durationNanos(this));
  }
  override toString(): string {
    return this.String();
  }
  hours(): number {
    return durationNanos(this) / 3.6e12;
  }
  minutes(): number {
    return durationNanos(this) / 6e10;
  }
  seconds(): number {
    return durationNanos(this) / 1e9;
  }
  milliseconds(): number {
    return Math.trunc(durationNanos(this) / 1e6);
  }
  microseconds(): number {
    return Math.trunc(durationNanos(this) / 1e3);
  }
  nanoseconds(): number {
    return durationNanos(this);
  }
  round(m: number): Duration {
    const d = durationNanos(this);
    const mn = Math.round(Number(m) * 1e6);
    if (mn <= 0) return makeDuration(d / 1e6);
    let r = d % mn;
    if (d < 0) {
      r = -r;
      return nanosDuration(r + r < mn ? d + r : d - mn + r);
    }
    return nanosDuration(r + r < mn ? d - r : d + mn - r);
  }
  truncate(m: number): Duration {
    const d = durationNanos(this);
    const mn = Math.round(Number(m) * 1e6);
    return mn <= 0 ? nanosDuration(d) : nanosDuration(d - (d % mn));
  }
  abs(): Duration {
    return nanosDuration(Math.abs(durationNanos(this)));
  }
}

function durationNanos(d: unknown): number {
  return Math.round(Number(d) * 1e6);
}

function makeDuration(ms: number): Duration {
  return new DurationValue(ms) as unknown as Duration;
}

function nanosDuration(ns: number): Duration {
  return makeDuration(ns / 1e6);
}

function formatDuration(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  let u = Math.abs(ns);
  const fracPart = (prec: number): string => {
    let s = '';
    let print = false;
    for (let i = 0; i < prec; i++) {
      const digit = u % 10;
      print = print || digit !== 0;
      if (print) s = String(digit) + s;
      u = Math.floor(u / 10);
    }
    return print ? `.${s}` : '';
  };
  let out: string;
  if (u < 1e9) {
    const [prec, unit] = u < 1e3 ? [0, 'ns'] : u < 1e6 ? [3, 'µs'] : [6, 'ms'];
    const frac = fracPart(prec);
    out = `${u}${frac}${unit}`;
  } else {
    const frac = fracPart(9);
    const secs = u % 60;
    u = Math.floor(u / 60);
    out = `${secs}${frac}s`;
    if (u > 0) {
      out = `${u % 60}m${out}`;
      u = Math.floor(u / 60);
      if (u > 0) out = `${u}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}

const processStart = monoNow();
const wallAtStart = (typeof performance.timeOrigin === 'number' ? performance.timeOrigin : Date.now() - processStart) + processStart;

/** time.Time：UTC 的墙上时间（秒 + 纳秒），time.now() 得到的还带单调时钟读数（像 Go 一样打印 m=+0.001）。 */
export class Time {
  /** @internal */ readonly sec: number;
  /** @internal */ readonly nsec: number;
  /** @internal 单调时钟（毫秒），只有 time.now() 得到的值有。 */
  readonly mono: number | undefined;

  /** new Time() 是零值：0001-01-01 00:00:00 +0000 UTC。 */
  constructor(sec = ZERO_TIME_SEC, nsec = 0, mono?: number) {
    const extra = Math.floor(nsec / 1e9);
    this.sec = sec + extra;
    this.nsec = nsec - extra * 1e9;
    this.mono = mono;
  }
  /** t.Sub(u)：两个时刻的差；都带单调时钟时用单调时钟。 */
  sub(u: Time): Duration {
    if (this.mono !== undefined && u.mono !== undefined) return makeDuration(this.mono - u.mono);
    return nanosDuration((this.sec - u.sec) * 1e9 + (this.nsec - u.nsec));
  }
  add(d: number): Time {
    const ns = durationNanos(d);
    return new Time(this.sec, this.nsec + ns, this.mono === undefined ? undefined : this.mono + Number(d));
  }
  before(u: Time): boolean {
    return this.compare(u) < 0;
  }
  after(u: Time): boolean {
    return this.compare(u) > 0;
  }
  equal(u: Time): boolean {
    return this.compare(u) === 0;
  }
  compare(u: Time): number {
    if (this.mono !== undefined && u.mono !== undefined) return Math.sign(this.mono - u.mono);
    return Math.sign(this.sec - u.sec || this.nsec - u.nsec);
  }
  isZero(): boolean {
    return this.sec === ZERO_TIME_SEC && this.nsec === 0;
  }
  unix(): number {
    return this.sec;
  }
  unixMilli(): number {
    return this.sec * 1000 + Math.floor(this.nsec / 1e6);
  }
  unixMicro(): number {
    return this.sec * 1e6 + Math.floor(this.nsec / 1e3);
  }
  nanosecond(): number {
    return this.nsec;
  }
  year(): number {
    return this.date().getUTCFullYear();
  }
  month(): number {
    return this.date().getUTCMonth() + 1;
  }
  day(): number {
    return this.date().getUTCDate();
  }
  hour(): number {
    return this.date().getUTCHours();
  }
  minute(): number {
    return this.date().getUTCMinutes();
  }
  second(): number {
    return this.date().getUTCSeconds();
  }
  /** t.Round(d)/Truncate(d)：按 d 取整（相对零时刻），同时去掉单调时钟读数。 */
  round(d: number): Time {
    return this.roundTo(d, true);
  }
  truncate(d: number): Time {
    return this.roundTo(d, false);
  }
  private roundTo(d: number, nearest: boolean): Time {
    const dn = durationNanos(d);
    if (dn <= 0) return new Time(this.sec, this.nsec);
    // 只支持能整除 1 秒或是整秒数的 d（覆盖常见用法）。
    if (1e9 % dn === 0) {
      const r = this.nsec % dn;
      const down = this.nsec - r;
      return new Time(this.sec, nearest && r + r >= dn ? down + dn : down);
    }
    const ds = dn / 1e9;
    const total = this.sec - ZERO_TIME_SEC;
    const r = ((total % ds) + ds) % ds;
    const down = this.sec - r;
    const up = nearest && (r * 1e9 + this.nsec) * 2 >= dn;
    return new Time(up ? down + ds : down, 0);
  }
  /** t.Format(layout)：Go 的参考时间布局，例如 time.RFC3339、"2006-01-02 15:04:05.000"。 */
  format(layout: string): string {
    return formatTime(this, layout);
  }
  String(): string {
    let s = formatTime(this, '2006-01-02 15:04:05.999999999 -0700 MST');
    if (this.mono !== undefined) {
      const m = (this.mono - processStart) / 1000;
      s += ` m=${m < 0 ? '-' : '+'}${Math.abs(m).toFixed(9)}`;
    }
    return s;
  }
  toString(): string {
    return this.String();
  }
  /** @internal */
  date(): Date {
    return new Date(this.sec * 1000);
  }
}

const ZERO_TIME_SEC = -62135596800; // 0001-01-01T00:00:00Z

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function formatTime(t: Time, layout: string): string {
  const d = t.date();
  const p2 = (n: number) => String(n).padStart(2, '0');
  const h = d.getUTCHours();
  const tokens: Record<string, () => string> = {
    '2006': () => String(d.getUTCFullYear()).padStart(4, '0'),
    '06': () => p2(d.getUTCFullYear() % 100),
    January: () => MONTHS[d.getUTCMonth()]!,
    Jan: () => MONTHS[d.getUTCMonth()]!.slice(0, 3),
    '01': () => p2(d.getUTCMonth() + 1),
    Monday: () => DAYS[d.getUTCDay()]!,
    Mon: () => DAYS[d.getUTCDay()]!.slice(0, 3),
    '02': () => p2(d.getUTCDate()),
    _2: () => String(d.getUTCDate()).padStart(2, ' '),
    '15': () => p2(h),
    '03': () => p2(h % 12 || 12),
    '04': () => p2(d.getUTCMinutes()),
    '05': () => p2(d.getUTCSeconds()),
    PM: () => (h >= 12 ? 'PM' : 'AM'),
    pm: () => (h >= 12 ? 'pm' : 'am'),
    MST: () => 'UTC',
    'Z07:00': () => 'Z',
    Z0700: () => 'Z',
    '-07:00': () => '+00:00',
    '-0700': () => '+0000',
    '1': () => String(d.getUTCMonth() + 1),
    '2': () => String(d.getUTCDate()),
    '3': () => String(h % 12 || 12),
    '4': () => String(d.getUTCMinutes()),
    '5': () => String(d.getUTCSeconds()),
  };
  const re = /[.,](0+|9+)(?!\d)|2006|January|Jan|Monday|Mon|MST|Z07:00|Z0700|-07:00|-0700|15|PM|pm|_2|0[1-6]|[1-5]/g;
  return layout.replace(re, (m: string) => {
    if (m[0] === '.' || m[0] === ',') {
      const digits = m.length - 1;
      const frac = String(t.nsec).padStart(9, '0').slice(0, digits);
      if (m[1] === '0') return m[0] + frac;
      const trimmed = frac.replace(/0+$/, '');
      return trimmed ? m[0] + trimmed : '';
    }
    const f = tokens[m];
    return f ? f() : m;
  });
}

function nowTime(): Time {
  return timeAt(monoNow());
}

/** 单调时钟读数对应的 Time（计时器送出的是它该触发的时刻，和 Go 一样，而不是回调真正跑起来的时刻）。 */
function timeAt(mono: number): Time {
  const wallMs = wallAtStart + (mono - processStart);
  const sec = Math.floor(wallMs / 1000);
  const nsec = Math.round((wallMs - sec * 1000) * 1e6);
  return new Time(sec, Math.min(nsec, 999_999_999), mono);
}

/** 等价于 time.Sleep(d)，d 以毫秒为单位（time.Millisecond === 1）。 */
export function sleep(d: number): Promise<void> {
  const ms = Number(d);
  if (!(ms > 0)) return Promise.resolve();
  return park<void>('sleep', (wake) => {
    const e: TimerEntry = { when: 0, vwhen: 0, seq: 0, active: false, fire: () => wake(undefined), keepsAlive: () => true };
    setWhen(e, ms);
    addTimer(e);
  });
}

export class Timer {
  /** t.C：Go 1.23 的计时器 channel 是同步的（len 和 cap 都是 0），Stop/Reset 会丢掉还没取走的值。 */
  readonly C: Chan<Time>;
  private readonly entry: TimerEntry;
  /** @internal */
  constructor(d: number, f?: () => unknown) {
    this.C = f ? nilChan<Time>() : timerChan();
    const c = this.C;
    this.entry = {
      when: 0,
      vwhen: 0,
      seq: 0,
      active: false,
      fire: f ? () => go(f) : () => c.deliverTick(timeAt(this.entry.when)),
      keepsAlive: f ? () => true : () => c.hasLiveReceiver(),
    };
    setWhen(this.entry, Math.max(0, Number(d)));
    addTimer(this.entry);
  }
  /** t.Stop()：返回 true 表示计时器还没送达（Go 1.23：已到期但值还没被取走也算）。 */
  stop(): boolean {
    const pending = this.entry.active || this.C.dropBuffered();
    removeTimer(this.entry);
    return pending;
  }
  /** t.Reset(d)：返回值同 Stop。 */
  reset(d: number): boolean {
    const pending = this.stop();
    setWhen(this.entry, Math.max(0, Number(d)));
    addTimer(this.entry);
    return pending;
  }
}

export class Ticker {
  /** t.C：同步 channel；接收方来不及取时丢掉这一拍。 */
  readonly C: Chan<Time> = timerChan();
  private readonly entry: TimerEntry;
  private period = 0;
  constructor(d: number) {
    if (!(Number(d) > 0)) panic('non-positive interval for NewTicker');
    const c = this.C;
    this.entry = {
      when: 0,
      vwhen: 0,
      seq: 0,
      active: false,
      fire: () => {
        c.deliverTick(timeAt(this.entry.when));
        // 下一拍排在 start + k·d 上：不漂移，错过的拍子直接丢掉（和 Go 一样）。
        const now = monoNow();
        const late = now - this.entry.when;
        const skip = this.period * (1 + Math.max(0, Math.floor(late / this.period)));
        this.entry.when += skip;
        this.entry.vwhen += skip;
        addTimer(this.entry);
      },
      keepsAlive: () => c.hasLiveReceiver(),
    };
    this.start(d);
  }
  private start(d: number): void {
    this.period = Number(d);
    setWhen(this.entry, this.period);
    addTimer(this.entry);
  }
  stop(): void {
    removeTimer(this.entry);
    this.C.dropBuffered();
  }
  reset(d: number): void {
    if (!(Number(d) > 0)) panic('non-positive interval for Ticker.Reset');
    this.stop();
    this.start(d);
  }
}

function timerChan(): Chan<Time> {
  const c = new Chan<Time>(1, new Time());
  c.isTimer = true;
  return c;
}

export const time = {
  Nanosecond: makeDuration(1e-6),
  Microsecond: makeDuration(1e-3),
  Millisecond: makeDuration(1),
  Second: makeDuration(1000),
  Minute: makeDuration(60_000),
  Hour: makeDuration(3_600_000),
  /** time.Duration(ms)：把一个毫秒数变成按 Go 格式打印的 Duration。 */
  Duration(ms: number): Duration {
    return makeDuration(Number(ms));
  },
  /** time.ParseDuration("1h2m3.5s")：返回 [d, err]。 */
  parseDuration(s: string): [Duration, Error | null] {
    const m = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(s);
    if (!m && s !== '0') return [makeDuration(0), new Error(`time: invalid duration "${s}"`)];
    const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
    let total = 0;
    for (const part of s.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * units[part[2]!]!;
    return [makeDuration(s.startsWith('-') ? -total : total), null];
  },
  UTC: 'UTC' as const,
  Local: 'UTC' as const,
  RFC3339: '2006-01-02T15:04:05Z07:00',
  RFC3339Nano: '2006-01-02T15:04:05.999999999Z07:00',
  DateTime: '2006-01-02 15:04:05',
  DateOnly: '2006-01-02',
  TimeOnly: '15:04:05',
  Kitchen: '3:04PM',
  StampMilli: 'Jan _2 15:04:05.000',
  /** time.Now()：UTC，带单调时钟读数。 */
  now(): Time {
    return nowTime();
  },
  /** time.Since(t)：Duration。也接受旧写法 performance.now() 风格的毫秒数。 */
  since(start: Time | number): Duration {
    if (typeof start === 'number') return makeDuration(monoNow() - start);
    return nowTime().sub(start);
  },
  until(t: Time): Duration {
    return t.sub(nowTime());
  },
  /** time.Date(year, month, day, hour, min, sec, nsec, time.UTC)。 */
  date(year: number, month: number, day: number, hour = 0, min = 0, sec = 0, nsec = 0, _loc: 'UTC' = 'UTC'): Time {
    const ms = Date.UTC(2000, month - 1, day, hour, min, sec);
    const base = new Date(ms);
    base.setUTCFullYear(year + base.getUTCFullYear() - 2000);
    return new Time(Math.floor(base.getTime() / 1000), nsec);
  },
  unix(sec: number, nsec = 0): Time {
    return new Time(sec, nsec);
  },
  unixMilli(ms: number): Time {
    const sec = Math.floor(ms / 1000);
    return new Time(sec, (ms - sec * 1000) * 1e6);
  },
  /** time.After(d)：d 后收到当前时间的 channel（同 time.newTimer(d).C）。 */
  after(d: number): Chan<Time> {
    return new Timer(d).C;
  },
  /** time.AfterFunc(d, f)：d 后在一个新 goroutine 里运行 f；返回的 Timer 可以 Stop。 */
  afterFunc(d: number, f: () => unknown): Timer {
    return new Timer(d, f);
  },
  newTimer(d: number): Timer {
    return new Timer(d);
  },
  newTicker(d: number): Ticker {
    return new Ticker(d);
  },
  /** time.Tick(d)：只要 channel 的 Ticker（d <= 0 时返回 nil channel）。 */
  tick(d: number): Chan<Time> {
    return Number(d) > 0 ? new Ticker(d).C : nilChan<Time>();
  },
  sleep,
};

// ================================================================ channels

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

function zeroOf(v: unknown): unknown {
  switch (typeof v) {
    case 'number':
      return 0;
    case 'string':
      return '';
    case 'boolean':
      return false;
    case 'bigint':
      return 0n;
    default:
      return v instanceof Time ? new Time() : v instanceof DurationValue ? makeDuration(0) : null;
  }
}

export class Chan<T> {
  private readonly capacity: number;
  private readonly buf: T[] = [];
  private readonly recvq: Waiter<T>[] = [];
  private readonly sendq: Waiter<T>[] = [];
  private closed = false;
  private zero: T;
  private zeroKnown: boolean;
  /** @internal nil channel：收发永远阻塞，select 里永远不就绪，close 会 panic。 */
  readonly isNil: boolean;
  /** @internal 计时器 channel：内部有一格缓冲，但像 Go 1.23 一样 len/cap 报告 0。 */
  isTimer = false;

  constructor(capacity: number, zero: T, zeroKnown = true, isNil = false) {
    if (!Number.isInteger(capacity) || capacity < 0) panic('makechan: size out of range');
    this.capacity = capacity;
    this.zero = zero;
    this.zeroKnown = zeroKnown;
    this.isNil = isNil;
  }

  /** cap(ch) */
  get cap(): number {
    return this.isTimer ? 0 : this.capacity;
  }

  /** len(ch)：缓冲区里的元素个数。 */
  get length(): number {
    return this.isTimer ? 0 : this.buf.length;
  }

  private learnZero(value: T): void {
    this.zeroKnown = true;
    this.zero = zeroOf(value) as T;
  }

  /** ch <- v */
  send(value: T): Promise<void> {
    if (this.isNil) return park<void>('chan send (nil chan)', () => undefined);
    if (this.trySend(value)) return Promise.resolve();
    return park<void>('chan send', (wake) => {
      this.sendq.push({ value, fire: (_v, ok) => wake(undefined, true, ok ? undefined : new GoPanic('send on closed channel')) });
    });
  }

  /** 不阻塞的发送：成功返回 true（select 的 default 分支用）。 */
  trySend(value: T): boolean {
    if (this.isNil) return false;
    if (this.closed) panic('send on closed channel');
    if (!this.zeroKnown) this.learnZero(value);
    const receiver = takeWaiter(this.recvq);
    if (receiver) {
      receiver.fire(value, true);
      return true;
    }
    if (this.buf.length < this.capacity) {
      this.buf.push(value);
      return true;
    }
    return false;
  }

  /** v := <-ch；已关闭且取空时得到零值。 */
  recv(): Promise<T> {
    if (this.isNil) return park<T>('chan receive (nil chan)', () => undefined);
    const got = this.tryRecv();
    if (got) return Promise.resolve(got[0]);
    return park<T>('chan receive', (wake) => {
      this.recvq.push({ fire: (value) => wake(value) });
    });
  }

  /** v, ok := <-ch */
  recv2(): Promise<RecvResult<T>> {
    if (this.isNil) return park<RecvResult<T>>('chan receive (nil chan)', () => undefined);
    const got = this.tryRecv();
    if (got) return Promise.resolve(got);
    return park<RecvResult<T>>('chan receive', (wake) => {
      this.recvq.push({ fire: (value, ok) => wake([value, ok]) });
    });
  }

  /** 不阻塞的接收：有值（或已关闭）时返回结果，否则返回 undefined。 */
  tryRecv(): RecvResult<T> | undefined {
    if (this.isNil) return undefined;
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
    if (this.isNil) panic('close of nil channel');
    if (this.closed) panic('close of closed channel');
    this.closed = true;
    // Go 的 closechan 把等待者压进一个栈再逐个 goready：后等的先被唤醒。
    const woken: Array<[Waiter<T>, boolean]> = [];
    let w: Waiter<T> | undefined;
    while ((w = takeWaiter(this.recvq))) woken.push([w, true]);
    while ((w = takeWaiter(this.sendq))) woken.push([w, false]);
    for (let i = woken.length - 1; i >= 0; i--) woken[i]![0].fire(this.zero, false);
  }

  /** for v := range ch */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for (;;) {
      const [value, ok] = await this.recv2();
      if (!ok) return;
      yield value;
    }
  }

  /** select 分支：case v, ok := <-ch。处理函数的返回值就是 select 的返回值。 */
  onRecv<R = undefined>(handler?: (value: T, ok: boolean) => R): SelectCase<R> {
    return { chan: this as Chan<unknown>, dir: 'recv', handler: (handler ?? noop) as SelectCase<R>['handler'] };
  }

  /** select 分支：case ch <- v */
  onSend<R = undefined>(value: T, handler?: () => R): SelectCase<R> {
    return { chan: this as Chan<unknown>, dir: 'send', value, handler: (handler ?? noop) as SelectCase<R>['handler'] };
  }

  /** @internal select 用：登记一个等待者。 */
  enqueue(dir: 'recv' | 'send', waiter: Waiter<T>): void {
    (dir === 'recv' ? this.recvq : this.sendq).push(waiter);
  }

  /** @internal 计时器到期：有接收者就直接交给它，否则放进那一格缓冲（满了就丢掉）。 */
  deliverTick(value: T): void {
    const receiver = takeWaiter(this.recvq);
    if (receiver) receiver.fire(value, true);
    else if (this.buf.length === 0) this.buf.push(value);
  }

  /** @internal 丢掉缓冲里还没取走的值；返回有没有丢。 */
  dropBuffered(): boolean {
    const had = this.buf.length > 0;
    this.buf.length = 0;
    return had;
  }

  /** @internal 有没有 goroutine（含 select）正在等着从它接收。 */
  hasLiveReceiver(): boolean {
    return this.recvq.some((w) => !w.group || !w.group.done);
  }
}

const noop = (): undefined => undefined;

/**
 * make(chan T, capacity)。关闭后接收得到的零值：传了 zero 就用它（chan<number>(0, 0)），
 * 否则从第一个发送的值推断（number → 0、string → ''、boolean → false，其他 → nil）。
 */
export function chan<T = unknown>(capacity = 0, ...zero: [T?]): Chan<T> {
  return zero.length > 0 ? new Chan<T>(capacity, zero[0] as T, true) : new Chan<T>(capacity, undefined as T, false);
}

/** var ch chan T（nil channel）：收发永远阻塞，select 里永远不就绪，close 会 panic。 */
export function nilChan<T = unknown>(): Chan<T> {
  return new Chan<T>(0, undefined as T, true, true);
}

// ================================================================ select

export interface SelectCase<R = unknown> {
  chan: Chan<unknown>;
  dir: 'recv' | 'send';
  value?: unknown;
  handler: (value?: unknown, ok?: boolean) => R;
}

type CaseResult<C> = C extends SelectCase<infer R> ? Awaited<R> : never;

/**
 * select { case ...: ; default: }。有多个分支就绪时像 Go 一样随机选一个；传入 onDefault 时不阻塞。
 * 返回被选中分支处理函数的返回值，所以分支可以直接结束循环或带回结果：
 *   if ((await select([done.onRecv(() => 'done'), jobs.onRecv((j) => work(j))])) === 'done') break;
 * cases 里的 null/undefined/false 会被跳过（相当于 nil channel 的分支）。
 */
export async function select<C extends SelectCase<unknown>, D = never>(
  cases: ReadonlyArray<C | null | undefined | false>,
  onDefault?: () => D,
): Promise<CaseResult<C> | Awaited<D>> {
  const live = cases.filter((c): c is C => !!c && !c.chan.isNil);
  const order = live.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const i of order) {
    const c = live[i]!;
    if (c.dir === 'recv') {
      const got = c.chan.tryRecv();
      if (got) return (await c.handler(got[0], got[1])) as CaseResult<C>;
    } else if (c.chan.trySend(c.value)) {
      return (await c.handler()) as CaseResult<C>;
    }
  }
  if (onDefault) return await onDefault();
  if (live.length === 0) {
    return park<never>(cases.length === 0 ? 'select (no cases)' : 'select', () => undefined);
  }
  const group = { done: false };
  const chosen = await park<{ c: C; value: unknown; ok: boolean }>('select', (wake) => {
    for (const c of live) {
      c.chan.enqueue(c.dir, {
        group,
        value: c.value,
        fire: (value, ok) => wake({ c, value, ok }),
      });
    }
  });
  if (chosen.c.dir === 'send') {
    if (!chosen.ok) panic('send on closed channel');
    return (await chosen.c.handler()) as CaseResult<C>;
  }
  return (await chosen.c.handler(chosen.value, chosen.ok)) as CaseResult<C>;
}

// ================================================================ sync

/** Lock 和 Unlock：Mutex、RWMutex 和 rw.rlocker() 都满足它（sync.Locker）。 */
export interface Locker {
  lock(): Promise<void>;
  unlock(): void;
}

interface MutexWaiter {
  /** handoff=true：锁已经直接交给了它（饥饿模式）。 */
  wake: (handoff: boolean) => void;
  since: number;
}

export class Mutex implements Locker {
  private locked = false;
  private readonly waiters: MutexWaiter[] = [];

  /**
   * mu.Lock()。和 Go 一样：刚释放的锁可以被正在运行的 goroutine 抢到（被唤醒的等待者再排到队首）；
   * 等了超过 1ms 的等待者直接拿到锁（饥饿模式）。
   */
  async lock(): Promise<void> {
    let since = 0;
    while (this.locked) {
      const again = since !== 0;
      since ||= monoNow();
      const waitStart = since;
      const handedOff = await park<boolean>('sync.Mutex.Lock', (wake) => {
        const w: MutexWaiter = { wake: (handoff) => wake(handoff), since: waitStart };
        if (again) this.waiters.unshift(w);
        else this.waiters.push(w);
      });
      if (handedOff) return;
    }
    this.locked = true;
  }

  tryLock(): boolean {
    if (this.locked) return false;
    this.locked = true;
    return true;
  }

  unlock(): void {
    if (!this.locked) fatal('sync: unlock of unlocked mutex');
    const next = this.waiters.shift();
    if (next && monoNow() - next.since > 1) {
      next.wake(true); // locked 保持 true：锁直接归它
      return;
    }
    this.locked = false;
    next?.wake(false);
  }
}

export class RWMutex implements Locker {
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
    return park<void>('sync.RWMutex.RLock', (wake) => this.readerWaiters.push(() => wake(undefined)));
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
    return park<void>('sync.RWMutex.Lock', (wake) => this.writerWaiters.push(() => wake(undefined)));
  }

  tryLock(): boolean {
    if (this.writer || this.readers > 0) return false;
    this.writer = true;
    return true;
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

  /** rw.RLocker()：Lock/Unlock 映射到 RLock/RUnlock 的 Locker。 */
  rlocker(): Locker {
    return { lock: () => this.rlock(), unlock: () => this.runlock() };
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
    return park<void>('semacquire', (wake) => this.waiters.push(() => wake(undefined)));
  }

  /** wg.Go(f)（Go 1.25）：add(1)，在新 goroutine 里运行 f，f 返回后 done()。 */
  go(f: () => unknown): void {
    this.add(1);
    go(async () => {
      await f();
      this.done();
    });
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
  private state: 'new' | 'running' | 'done' = 'new';
  private waiters: Array<() => void> = [];

  /** once.Do(f)：只执行一次 f；其他调用者阻塞到第一次执行结束（f panic 也算结束）。 */
  async do(fn: () => unknown): Promise<void> {
    if (this.state === 'done') return;
    if (this.state === 'running') {
      await park<void>('sync.Mutex.Lock', (wake) => this.waiters.push(() => wake(undefined)));
      return;
    }
    this.state = 'running';
    try {
      await fn();
    } finally {
      this.state = 'done';
      const ws = this.waiters;
      this.waiters = [];
      ws.forEach((wake) => wake());
    }
  }
}

/** sync.Cond：new Cond(mu)；await c.wait() 释放锁、等 signal/broadcast、再重新加锁。 */
export class Cond {
  private waiters: Array<() => void> = [];
  constructor(readonly L: Locker) {}
  async wait(): Promise<void> {
    // 先解锁再阻塞：中间没有别的代码能运行，不会丢失唤醒；被解锁唤醒的等待者因此排在 runnext。
    let wake!: () => void;
    this.waiters.push(() => wake());
    this.L.unlock();
    await park<void>('sync.Cond.Wait', (w) => (wake = () => w(undefined)));
    await this.L.lock();
  }
  signal(): void {
    this.waiters.shift()?.();
  }
  broadcast(): void {
    const ws = this.waiters;
    this.waiters = [];
    ws.forEach((wake) => wake());
  }
}

// ================================================================ atomic

/** &x：一个可以交给 atomic.addInt64(p, 1) 这类函数的“指针”，值在 p.v 里。 */
export class Ref<T> {
  constructor(public v: T) {}
}

/** ref(0)：new(int64) / &x 的替身，配合 atomic 的函数式 API。 */
export function ref<T>(v: T): Ref<T> {
  return new Ref(v);
}

const wrap32 = (n: number) => n | 0;
const wrapU32 = (n: number) => n >>> 0;
const same = (n: number) => n;

class AtomicNumber {
  protected v: number;
  constructor(
    initial = 0,
    private readonly norm: (n: number) => number = same,
  ) {
    this.v = norm(initial);
  }
  load(): number {
    return this.v;
  }
  store(v: number): void {
    this.v = this.norm(v);
  }
  add(delta: number): number {
    this.v = this.norm(this.v + delta);
    return this.v;
  }
  swap(v: number): number {
    const old = this.v;
    this.v = this.norm(v);
    return old;
  }
  compareAndSwap(old: number, next: number): boolean {
    if (this.v !== old) return false;
    this.v = this.norm(next);
    return true;
  }
  /** Println(&n) 在 Go 里打印 &{{} {} v}；这里打印 {{} {} v}。 */
  String(): string {
    return `{{} {} ${this.v}}`;
  }
}

class AtomicInt32 extends AtomicNumber {
  constructor(initial = 0) {
    super(initial, wrap32);
  }
}
class AtomicUint32 extends AtomicNumber {
  constructor(initial = 0) {
    super(initial, wrapU32);
  }
}
class AtomicInt64 extends AtomicNumber {}
class AtomicUint64 extends AtomicNumber {}

class AtomicBool {
  private v = false;
  load(): boolean {
    return this.v;
  }
  store(v: boolean): void {
    this.v = v;
  }
  swap(v: boolean): boolean {
    const old = this.v;
    this.v = v;
    return old;
  }
  compareAndSwap(old: boolean, next: boolean): boolean {
    if (this.v !== old) return false;
    this.v = next;
    return true;
  }
}

class AtomicPointer<T> {
  private v: T | null = null;
  load(): T | null {
    return this.v;
  }
  store(v: T | null): void {
    this.v = v;
  }
  swap(v: T | null): T | null {
    const old = this.v;
    this.v = v;
    return old;
  }
  compareAndSwap(old: T | null, next: T | null): boolean {
    if (this.v !== old) return false;
    this.v = next;
    return true;
  }
}

function typeKey(v: unknown): string {
  if (v === null || typeof v !== 'object') return typeof v;
  return Object.getPrototypeOf(v)?.constructor?.name ?? 'object';
}

class AtomicValue<T = unknown> {
  private v: T | undefined;
  private kind: string | undefined;
  private check(v: T, op: string): void {
    if (v === null || v === undefined) panic(`sync/atomic: ${op} of nil value into Value`);
    const k = typeKey(v);
    if (this.kind !== undefined && this.kind !== k) panic(`sync/atomic: ${op} of inconsistently typed value into Value`);
    this.kind = k;
  }
  /** v.Load()：还没 Store 过时是 nil（undefined）。 */
  load(): T | undefined {
    return this.v;
  }
  store(v: T): void {
    this.check(v, 'store');
    this.v = v;
  }
  swap(v: T): T | undefined {
    this.check(v, 'swap');
    const old = this.v;
    this.v = v;
    return old;
  }
  compareAndSwap(old: T, next: T): boolean {
    this.check(next, 'compare and swap');
    if (this.v !== old) return false;
    this.v = next;
    return true;
  }
}

function atomicFns(norm: (n: number) => number) {
  return {
    add: (p: Ref<number>, delta: number): number => (p.v = norm(p.v + delta)),
    load: (p: Ref<number>): number => p.v,
    store: (p: Ref<number>, v: number): void => void (p.v = norm(v)),
    swap: (p: Ref<number>, v: number): number => {
      const old = p.v;
      p.v = norm(v);
      return old;
    },
    cas: (p: Ref<number>, old: number, next: number): boolean => {
      if (p.v !== old) return false;
      p.v = norm(next);
      return true;
    },
  };
}
const i32 = atomicFns(wrap32);
const u32 = atomicFns(wrapU32);
const i64 = atomicFns(same);

/**
 * sync/atomic：JavaScript 单线程，这些操作天然不可分割；保留 Go 的接口以便对照。
 * 类型式：new atomic.Int64()、atomic.Bool、atomic.Pointer<T>、atomic.Value；
 * 函数式：const n = ref(0); atomic.addInt64(n, 1); atomic.loadInt64(n)（Int32/Uint32 会按 32 位回绕）。
 */
export const atomic = {
  Int32: AtomicInt32,
  Int64: AtomicInt64,
  Uint32: AtomicUint32,
  Uint64: AtomicUint64,
  Bool: AtomicBool,
  Pointer: AtomicPointer,
  Value: AtomicValue,
  addInt32: i32.add,
  addInt64: i64.add,
  addUint32: u32.add,
  addUint64: i64.add,
  loadInt32: i32.load,
  loadInt64: i64.load,
  loadUint32: u32.load,
  loadUint64: i64.load,
  storeInt32: i32.store,
  storeInt64: i64.store,
  storeUint32: u32.store,
  storeUint64: i64.store,
  swapInt32: i32.swap,
  swapInt64: i64.swap,
  swapUint32: u32.swap,
  swapUint64: i64.swap,
  compareAndSwapInt32: i32.cas,
  compareAndSwapInt64: i64.cas,
  compareAndSwapUint32: u32.cas,
  compareAndSwapUint64: i64.cas,
};

// ================================================================ context

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
  private timer: Timer | undefined;

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
      const wait = deadlineAt - monoNow();
      if (wait <= 0) this.cancel(deadlineExceeded);
      else this.timer = new Timer(wait, () => this.cancel(deadlineExceeded));
    }
  }

  cancel(reason: Error): void {
    if (this.error) return;
    this.error = reason;
    this.timer?.stop();
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
    const ctx = new CancelContext(parent, monoNow() + Number(timeout));
    return [ctx, () => ctx.cancel(canceled)];
  },
  /** context.WithDeadline：at 是 Time（time.now().add(50)），或 performance.now() 风格的毫秒数。 */
  withDeadline(parent: Context, at: Time | number): [Context, CancelFunc] {
    const mono = typeof at === 'number' ? at : (at.mono ?? monoNow() + Number(at.sub(nowTime())));
    const ctx = new CancelContext(parent, mono);
    return [ctx, () => ctx.cancel(canceled)];
  },
  withValue(parent: Context, key: unknown, value: unknown): Context {
    return new ValueContext(parent, key, value);
  },
};

// ================================================================ runtime

export const runtime = {
  /** 当前存活的 goroutine 数（含 main）。 */
  numGoroutine(): number {
    return allG.size;
  },
  /** runtime.Gosched()：让出执行权，当前 goroutine 排到运行队列末尾。 */
  gosched(): Promise<void> {
    return park<void>('', (wake) => wake(undefined, false));
  },
  /** runtime.GOMAXPROCS(n)：沙箱里永远是 1（只有一个线程）。 */
  gomaxprocs(_n = 0): number {
    return 1;
  },
  NumCPU: 1,
};

// ================================================================ os / io

/** io.Writer：Write(p) 写入字节，返回 [n, err]。 */
export interface Writer {
  Write(p: Uint8Array): [number, Error | null];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

class StdStream implements Writer {
  constructor(private readonly stream: 'stdout' | 'stderr') {}
  Write(p: Uint8Array): [number, Error | null] {
    host().write(this.stream, decoder.decode(p));
    return [p.length, null];
  }
}

/** strings.Builder / bytes.Buffer 的替身：一个把写入攒成字符串的 Writer。 */
export class StringBuilder implements Writer {
  private parts: string[] = [];
  Write(p: Uint8Array): [number, Error | null] {
    this.parts.push(decoder.decode(p));
    return [p.length, null];
  }
  writeString(s: string): [number, Error | null] {
    this.parts.push(s);
    return [encoder.encode(s).length, null];
  }
  len(): number {
    return encoder.encode(this.String()).length;
  }
  reset(): void {
    this.parts = [];
  }
  String(): string {
    const s = this.parts.join('');
    this.parts = [s];
    return s;
  }
}

export const os = {
  Stdout: new StdStream('stdout') as Writer,
  Stderr: new StdStream('stderr') as Writer,
  /** os.Exit(code)：立即结束程序，退出码就是 code；之后的代码（包括 finally，相当于 defer）没有任何可见效果。 */
  exit(code: number): never {
    if (!finished) {
      finished = true;
      host().exit(code);
    }
    throw new GoExit(code);
  },
};

export const io = {
  /** io.Discard：丢掉一切写入的 Writer。 */
  Discard: { Write: (p: Uint8Array): [number, Error | null] => [p.length, null] } as Writer,
  /** io.WriteString(w, s) */
  writeString(w: Writer, s: string): [number, Error | null] {
    return w.Write(encoder.encode(s));
  },
};

// ================================================================ fmt

function typeRank(v: unknown): number {
  switch (typeof v) {
    case 'boolean':
      return 0;
    case 'number':
    case 'bigint':
      return 1;
    case 'string':
      return 2;
    default:
      return 3;
  }
}

/** Go 的 fmt 打印 map 时的键顺序：数字按大小、字符串按字典序、false 在 true 前。 */
function compareKeys(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 1) {
    const x = Number(a);
    const y = Number(b);
    if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
    if (Number.isNaN(y)) return 1;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ra === 0) return Number(a) - Number(b);
  const sa = ra === 2 ? (a as string) : formatValue(a);
  const sb = ra === 2 ? (b as string) : formatValue(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * %v 的数字：整数值按 int 打印（TypeScript 分不出 float64 的 1e6，Go 会打印 1e+06）；
 * 其余像 Go 的 %g 最短表示：指数 < -4 或 >= 6 时用 e 记法。
 */
function formatNumber(n: number): string {
  if (Number.isInteger(n) || !Number.isFinite(n)) {
    if (n === Infinity) return '+Inf';
    if (n === -Infinity) return '-Inf';
    if (Number.isNaN(n)) return 'NaN';
    return Math.abs(n) >= 1e21 ? goExp(n.toExponential()) : String(n);
  }
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 6) return goExp(n.toExponential());
  return String(n);
}

function goExp(s: string): string {
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

function formatValue(v: unknown, plus = false, depth = 0): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof DurationValue || v instanceof Time) return v.String();
  if (v instanceof Error) return v.message;
  if (depth > 4) return '...';
  if (Array.isArray(v)) return `[${v.map((x) => formatValue(x, plus, depth + 1)).join(' ')}]`;
  if (v instanceof Uint8Array) return `[${[...v].join(' ')}]`;
  if (v instanceof Map) {
    const entries = [...v.entries()].sort(([a], [b]) => compareKeys(a, b));
    return `map[${entries.map(([k, x]) => `${formatValue(k, plus, depth + 1)}:${formatValue(x, plus, depth + 1)}`).join(' ')}]`;
  }
  if (v instanceof Set) return `map[${[...v].sort(compareKeys).map((x) => `${formatValue(x, plus, depth + 1)}:{}`).join(' ')}]`;
  if (v instanceof Chan) return v.isNil ? '<nil>' : '0xc000020000';
  if (v instanceof Ref) return typeof v.v === 'object' && v.v !== null ? `&${formatValue(v.v, plus, depth + 1)}` : '0xc000012000';
  if (typeof v === 'object') {
    const o = v as { Error?: unknown; String?: unknown; toString?: () => string };
    if (typeof o.Error === 'function') return String((o.Error as () => unknown).call(v));
    if (typeof o.String === 'function') return String((o.String as () => unknown).call(v));
    const custom = o.toString;
    if (custom && custom !== Object.prototype.toString) return custom.call(v);
    const fields = Object.entries(v as Record<string, unknown>).map(([k, x]) =>
      plus ? `${k}:${formatValue(x, plus, depth + 1)}` : formatValue(x, plus, depth + 1),
    );
    return `{${fields.join(' ')}}`;
  }
  return String(v);
}

/** strconv.Quote（ascii=true 时是 QuoteToASCII，%+q）。 */
function quote(s: string, ascii: boolean): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c < 0x80) out += ch;
    else if (ascii || !isPrintable(c)) out += c > 0xffff ? `\\U${c.toString(16).padStart(8, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** strconv.IsPrint：字母、标记、数字、标点、符号（空格只有 ASCII 的那个）。 */
function isPrintable(c: number): boolean {
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(c));
}

function quoteRune(c: number, ascii: boolean): string {
  if (c === 0x27) return `'\\''`;
  if (c === 0x22) return `'"'`;
  return `'${quote(String.fromCodePoint(c), ascii).slice(1, -1)}'`;
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  const len = [...s].length;
  if (len >= width) return s;
  const fill = (zero && !left ? '0' : ' ').repeat(width - len);
  if (zero && !left && (s.startsWith('-') || s.startsWith('+'))) return s[0] + fill + s.slice(1);
  return left ? s + fill : fill + s;
}

function goType(arg: unknown): string {
  if (arg === null || arg === undefined) return '<nil>';
  if (arg instanceof DurationValue) return 'time.Duration';
  if (arg instanceof Time) return 'time.Time';
  if (Array.isArray(arg)) return '[]' + (arg.length ? goType(arg[0]) : 'interface {}');
  if (arg instanceof Map) return 'map';
  switch (typeof arg) {
    case 'number':
      return Number.isInteger(arg) ? 'int' : 'float64';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int64';
    case 'function':
      return 'func()';
  }
  const name = (Object.getPrototypeOf(arg) as { constructor?: { name?: string } } | null)?.constructor?.name;
  return name && name !== 'Object' ? `*main.${name}` : 'struct {}';
}

function formatG(n: number, prec: number | undefined): string {
  if (prec === undefined) return formatNumber(n);
  const p = prec === 0 ? 1 : prec;
  const exp = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= p) return goExp(n.toExponential(p - 1).replace(/\.?0+e/, 'e'));
  return String(Number(n.toPrecision(p)));
}

function sprintf(format: string, args: unknown[]): string {
  let argIndex = 0;
  const out = format.replace(/%([-+0 #]*)(\d+)?(?:\.(\d+))?([vdsqtfFgGxXcTbeEoOUw%])/g, (m, flags: string, width?: string, prec?: string, verb?: string) => {
    if (verb === '%') return '%';
    if (argIndex >= args.length) return `%!${verb}(MISSING)`;
    const arg = args[argIndex++];
    const plus = flags.includes('+');
    let s: string;
    switch (verb) {
      case 'v':
      case 'w':
        s = flags.includes('#') && typeof arg === 'string' ? quote(arg, false) : formatValue(arg, plus);
        break;
      case 'd':
        s = arg instanceof DurationValue ? String(durationNanos(arg)) : typeof arg === 'number' ? String(Math.trunc(arg)) : typeof arg === 'bigint' ? String(arg) : Array.isArray(arg) ? formatValue(arg.map((x) => (typeof x === 'number' ? Math.trunc(x) : x))) : formatValue(arg);
        if (plus && (typeof arg === 'number' || typeof arg === 'bigint') && arg >= 0) s = `+${s}`;
        break;
      case 's':
        s = formatValue(arg);
        if (prec !== undefined) s = [...s].slice(0, Number(prec)).join('');
        break;
      case 'q':
        if (typeof arg === 'number') s = quoteRune(arg, plus);
        else if (Array.isArray(arg)) s = `[${arg.map((x) => (typeof x === 'string' ? quote(x, plus) : formatValue(x))).join(' ')}]`;
        else if (flags.includes('#') && typeof arg === 'string' && !arg.includes('`') && !/[\x00-\x08\x0a-\x1f\x7f]/.test(arg)) s = `\`${arg}\``;
        else s = quote(formatValue(arg), plus);
        break;
      case 't':
        s = String(Boolean(arg));
        break;
      case 'f':
      case 'F':
        s = Number(arg).toFixed(prec === undefined ? 6 : Number(prec));
        if (plus && Number(arg) >= 0) s = `+${s}`;
        break;
      case 'e':
      case 'E':
        s = goExp(Number(arg).toExponential(prec === undefined ? 6 : Number(prec)));
        if (verb === 'E') s = s.toUpperCase();
        break;
      case 'g':
      case 'G':
        s = formatG(Number(arg), prec === undefined ? undefined : Number(prec));
        if (verb === 'G') s = s.toUpperCase();
        break;
      case 'x':
      case 'X':
        s =
          typeof arg === 'number' || typeof arg === 'bigint'
            ? arg.toString(16)
            : [...encoder.encode(formatValue(arg))].map((b) => b.toString(16).padStart(2, '0')).join('');
        if (flags.includes('#')) s = `0x${s}`;
        if (verb === 'X') s = s.toUpperCase();
        break;
      case 'o':
      case 'O':
        s = (verb === 'O' ? '0o' : flags.includes('#') ? '0' : '') + Number(arg).toString(8);
        break;
      case 'b':
        s = Number(arg).toString(2);
        break;
      case 'c':
        s = String.fromCodePoint(Number(arg));
        break;
      case 'U':
        s = `U+${Number(arg).toString(16).toUpperCase().padStart(4, '0')}`;
        break;
      case 'T':
        s = goType(arg);
        break;
      default:
        s = m;
    }
    return width ? pad(s, Number(width), flags.includes('-'), flags.includes('0') && verb !== 's' && verb !== 'v') : s;
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

function sprintln(args: unknown[]): string {
  return args.map((a) => formatValue(a)).join(' ') + '\n';
}

function writeTo(w: Writer, s: string): [number, Error | null] {
  return w.Write(encoder.encode(s));
}

export const fmt = {
  Println(...args: unknown[]): void {
    host().write('stdout', sprintln(args));
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
    return sprintln(args);
  },
  Errorf(format: string, ...args: unknown[]): Error {
    return new Error(sprintf(format, args));
  },
  /** fmt.Fprintln(w, ...)：写到任意 Writer（os.Stdout、os.Stderr、自己的实现），返回 [n, err]。 */
  Fprintln(w: Writer, ...args: unknown[]): [number, Error | null] {
    return writeTo(w, sprintln(args));
  },
  Fprint(w: Writer, ...args: unknown[]): [number, Error | null] {
    return writeTo(w, sprint(args));
  },
  Fprintf(w: Writer, format: string, ...args: unknown[]): [number, Error | null] {
    return writeTo(w, sprintf(format, args));
  },
  /** 写到标准错误，相当于 fmt.Fprintln(os.Stderr, ...)。 */
  Eprintln(...args: unknown[]): void {
    host().write('stderr', sprintln(args));
  },
};
