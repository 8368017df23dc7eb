import { OutputLimiter, type OutputLimits } from './output-limit';
import type { ProgramEnd, Stream } from './protocol';
import { transpile, TranspileError, type SourcePosition } from './transpile';

/** 库文件：错误定位时跳过它们，指向读者自己的代码。 */
const LIBRARY_FILES = new Set(['go.ts', 'juc.ts']);

/** 入口模块包在 async 函数里，顶层 await 才能用；前缀不换行，行号保持不变。 */
const ENTRY_PREFIX = '(async function (require, exports, module) {';
const MODULE_PREFIX = '(function (require, exports, module) {';

type Emit = (stream: Stream, text: string) => void;

interface ProgramOptions {
  files: Record<string, string>;
  entry: string;
  limits: OutputLimits;
}

/** 错误栈和错误消息先截到这么长再分析、再打印：读者可以抛出任意长的消息。 */
const MAX_STACK_CHARS = 4000;
const MAX_MESSAGE_CHARS = 2000;

interface Module {
  exports: Record<string, unknown>;
}

/**
 * 在当前全局环境（一个专用 worker）里运行一个多文件 TypeScript 程序。
 * 每次运行都应该在新的 worker 里进行：程序会替换 console 和计时器。
 */
export function runProgram(
  options: ProgramOptions,
  emit: Emit,
  onDone: (end: ProgramEnd) => void,
): {
  /** 异步回调里抛出的异常（例如 setTimeout 回调）。返回 false 表示程序已经结束、可以忽略。 */
  reportUncaught: (err: unknown) => boolean;
  reportUnhandledRejection: (reason: unknown) => boolean;
} {
  let finished = false;
  const limiter = new OutputLimiter(options.limits);

  // 同步通知宿主：fatal error 之后紧跟的异常不能抢在“结束”消息前面。
  const finish = (end: ProgramEnd): void => {
    if (finished) return;
    finished = true;
    onDone(end);
  };

  const write = (stream: Stream, text: string): void => {
    if (finished || typeof text !== 'string' || text === '') return;
    const shown = limiter.push(text);
    if (shown) emit(stream, shown);
    if (limiter.capped) finish({ kind: 'truncated', cap: limiter.capped });
  };

  const report = (err: unknown, prefix: string): void => {
    const where = locate(err, options.files);
    write('stderr', `${prefix}${describe(err)}\n${where ? `    at ${where.file}:${where.line}:${where.column}\n` : ''}`);
  };

  // 程序用了 ./go 时，任何未捕获的异常都像 Go 的 panic 一样报告（退出码 2）。
  const goMode = (): boolean => modules.has('go.ts');

  const crash = (err: unknown, where?: GoroutineInfo): void => {
    if (finished) return;
    if (isGoPanic(err) || goMode()) {
      write('stderr', goPanicReport(err, where ?? { goroutine: 1, func: 'main.main' }, locate(err, options.files)));
      finish({ kind: 'exit', exitCode: 2 });
    } else {
      report(err, '');
      finish({ kind: 'error', cause: 'exception' });
    }
  };

  installConsole(write);
  const timers = installTimerTracking();
  (globalThis as Record<string, unknown>).__goHost = {
    write,
    exit: (code: number) => finish(Number.isInteger(code) && code >= 0 && code <= 255 ? { kind: 'exit', exitCode: code } : { kind: 'exit', exitCode: 1 }),
    crash,
    pendingTimers: () => timers.pending(),
    defer: (cb: () => void) => timers.rawSetTimeout(cb, 0),
    timer: (cb: () => void, ms: number) => {
      const handle = timers.rawSetTimeout(cb, ms);
      return () => timers.rawClearTimeout(handle);
    },
    schedule: fastMacrotask(),
  };

  const modules = new Map<string, Module>();

  const load = (file: string, isEntry: boolean): Module | Promise<Module> => {
    const cached = modules.get(file);
    if (cached) return cached;
    const module: Module = { exports: {} };
    modules.set(file, module);
    const code = transpile(file, options.files[file]!);
    const factory = (0, eval)(`${isEntry ? ENTRY_PREFIX : MODULE_PREFIX}${code}\n})\n//# sourceURL=${file}`) as (
      require: (spec: string) => unknown,
      exports: Module['exports'],
      module: Module,
    ) => unknown;
    const ran = factory(requireFrom(file), module.exports, module);
    return isEntry ? Promise.resolve(ran).then(() => module) : module;
  };

  const requireFrom = (from: string) => (spec: string) => {
    const file = resolveModule(spec, from, options.files);
    return (load(file, false) as Module).exports;
  };

  const start = async (): Promise<void> => {
    try {
      if (!(options.entry in options.files)) throw new Error(`找不到入口文件 ${options.entry}`);
      await load(options.entry, true);
      finish({ kind: 'ok' });
    } catch (err) {
      if (finished) return;
      if (err instanceof TranspileError) {
        const p = err.position;
        write('stderr', `${p ? `${p.file}:${p.line}:${p.column} ` : ''}SyntaxError: ${err.message}\n`);
        finish({ kind: 'syntax', position: p });
        return;
      }
      crash(err);
    }
  };
  void start();

  return {
    reportUncaught: (err: unknown) => {
      if (finished) return false;
      crash(err);
      return true;
    },
    reportUnhandledRejection: (reason: unknown) => {
      if (finished) return false;
      if (isGoPanic(reason) || goMode()) {
        crash(reason);
        return true;
      }
      report(reason, 'Unhandled promise rejection: ');
      finish({ kind: 'error', cause: 'rejection' });
      return true;
    },
  };
}

export function resolveModule(spec: string, from: string, files: Record<string, string>): string {
  if (!spec.startsWith('./') && !spec.startsWith('../')) {
    throw new Error(`不能导入 '${spec}'：沙箱里只能导入 ./go、./juc 和本示例的文件`);
  }
  const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of (base + spec).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  const path = parts.join('/');
  for (const candidate of [path, `${path}.ts`, `${path}/index.ts`]) {
    if (candidate in files) return candidate;
  }
  throw new Error(`找不到模块 '${spec}'（从 ${from} 导入）`);
}

interface GoroutineInfo {
  goroutine: number;
  func: string;
}

/**
 * Go 风格的 panic 报告：第一行和 Go 相同；JavaScript 访问 null/undefined 的 TypeError
 * 对应 Go 的 nil 指针解引用；之后是 goroutine N [running]: 和读者文件里的行号，而不是 JS 栈。
 */
function goPanicReport(err: unknown, g: GoroutineInfo, where: SourcePosition | null): string {
  let head: string;
  if (isGoPanic(err)) head = `panic: ${clip(String((err as Error).message), MAX_MESSAGE_CHARS)}`;
  else if (err instanceof TypeError && /\b(null|undefined)\b/.test(err.message)) {
    head = 'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]';
  } else if (err instanceof Error) head = `panic: ${err.name === 'Error' ? '' : `${err.name}: `}${clip(String(err.message), MAX_MESSAGE_CHARS)}`;
  else head = `panic: ${clip(typeof err === 'string' ? err : safeJson(err), MAX_MESSAGE_CHARS)}`;
  const frame = where ? `\t${where.file}:${where.line}:${where.column}\n` : '';
  return `${head}\n\ngoroutine ${g.goroutine} [running]:\n${g.func}()\n${frame}`;
}

function isGoPanic(err: unknown): boolean {
  return err instanceof Error && err.name === 'GoPanic';
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function describe(err: unknown): string {
  try {
    if (isGoPanic(err)) return clip(String((err as Error).message), MAX_MESSAGE_CHARS);
    if (err instanceof Error) return clip(`${String(err.name)}: ${String(err.message)}`, MAX_MESSAGE_CHARS);
    return clip(typeof err === 'string' ? err : safeJson(err), MAX_MESSAGE_CHARS);
  } catch {
    return '（无法显示的异常）';
  }
}

/** 错误栈的开头部分；读取栈本身也可能抛异常（读者可以自定义 stack）。 */
function stackHead(err: unknown): string {
  try {
    return err instanceof Error ? String(err.stack ?? '').slice(0, MAX_STACK_CHARS) : '';
  } catch {
    return '';
  }
}

/** 从错误栈里找出读者代码的位置（跳过运行库文件）。栈先截短，正则的每次匹配长度有界，所以是线性的。 */
export function locate(err: unknown, files: Record<string, string>): SourcePosition | null {
  const stack = stackHead(err);
  const frames: SourcePosition[] = [];
  for (const m of stack.matchAll(/([\w./-]{1,100}\.ts):(\d{1,7}):(\d{1,7})/g)) {
    const file = m[1]!;
    if (!(file in files)) continue;
    const line = Number(m[2]);
    let column = Number(m[3]);
    if (line === 1) column = Math.max(1, column - ENTRY_PREFIX.length);
    frames.push({ file, line, column });
  }
  return frames.find((f) => !LIBRARY_FILES.has(f.file)) ?? frames[0] ?? null;
}

function safeJson(v: unknown): string {
  try {
    const s = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
    return s === undefined ? String(v) : s;
  } catch {
    return String(v);
  }
}

function formatArg(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  if (v instanceof Map) return `Map(${v.size}) ${safeJson(Object.fromEntries(v))}`;
  if (v instanceof Set) return `Set(${v.size}) ${safeJson([...v])}`;
  if (typeof v === 'object' && v !== null) return safeJson(v);
  return String(v);
}

function installConsole(write: (stream: Stream, text: string) => void): void {
  const line = (stream: Stream) => (...args: unknown[]) => write(stream, args.map(formatArg).join(' ') + '\n');
  const out = line('stdout');
  const err = line('stderr');
  (globalThis as { console: unknown }).console = { log: out, info: out, debug: out, trace: out, error: err, warn: err };
}

/** 没有最小延迟的宏任务：Node 用 setImmediate，浏览器 worker 用 MessageChannel。 */
function fastMacrotask(): (cb: () => void) => void {
  const g = globalThis as { setImmediate?: (cb: () => void) => void };
  if (typeof g.setImmediate === 'function') return g.setImmediate.bind(globalThis);
  const queue: Array<() => void> = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => queue.shift()?.();
  return (cb) => {
    queue.push(cb);
    channel.port2.postMessage(null);
  };
}

/** 包装计时器，统计还在等待的数量（Go 的死锁检测要求“没有计时器在等”）。 */
function installTimerTracking(): { pending: () => number; rawSetTimeout: typeof setTimeout; rawClearTimeout: typeof clearTimeout } {
  const g = globalThis as Record<string, unknown>;
  // 绑定到全局对象：浏览器里以别的 this 调用计时器函数会抛 Illegal invocation。
  const rawSetTimeout = setTimeout.bind(globalThis);
  const rawClearTimeout = clearTimeout.bind(globalThis);
  const rawSetInterval = setInterval.bind(globalThis);
  const rawClearInterval = clearInterval.bind(globalThis);
  const live = new Set<unknown>();
  g.setTimeout = (cb: (...a: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
    const handle: unknown = rawSetTimeout(() => {
      live.delete(handle);
      cb(...rest);
    }, ms);
    live.add(handle);
    return handle;
  };
  g.clearTimeout = (handle: unknown) => {
    live.delete(handle);
    rawClearTimeout(handle as ReturnType<typeof setTimeout>);
  };
  g.setInterval = (cb: (...a: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
    const handle = rawSetInterval(cb, ms, ...rest);
    live.add(handle);
    return handle;
  };
  g.clearInterval = (handle: unknown) => {
    live.delete(handle);
    rawClearInterval(handle as ReturnType<typeof setInterval>);
  };
  return { pending: () => live.size, rawSetTimeout, rawClearTimeout };
}
