/** 页面、沙箱 iframe 与 worker 之间传递的消息，以及收到消息时的形状检查。 */
import type { CapReason, OutputLimits } from './output-limit';
import type { SourcePosition } from './transpile';

export type Stream = 'stdout' | 'stderr';

/** iframe → worker：运行一次程序。port 是只属于这次运行的通道，读者代码拿不到它。 */
export interface RunRequest {
  type: 'run';
  id: number;
  /** 文件名 → 源码，例如 { 'main.ts': '...', 'go.ts': '...' } */
  files: Record<string, string>;
  entry: string;
  limits: OutputLimits;
  port: PostTarget;
}

/** 让备用 worker 预先转译这些文件（通常是上一次运行的文件），下一次运行更快。 */
export interface PrimeRequest {
  type: 'prime';
  files: Record<string, string>;
}

/** 页面 → iframe。 */
export type FrameRequest =
  | { type: 'run'; id: number; files: Record<string, string>; entry: string; limits: OutputLimits; timeoutMs: number }
  | { type: 'stop'; id: number };

export interface PostTarget {
  postMessage(message: unknown): void;
}

/** 程序在 worker 里怎样结束（worker 只报告事实，给读者看的话由 iframe 的监督者来写）。 */
export type ProgramEnd =
  | { kind: 'ok' }
  | { kind: 'exit'; exitCode: number }
  | { kind: 'error'; cause: 'exception' | 'rejection' }
  | { kind: 'syntax'; position: SourcePosition | null }
  | { kind: 'truncated'; cap: CapReason };

export type WorkerEvent =
  | { type: 'output'; id: number; stream: Stream; text: string }
  | { type: 'done'; id: number; end: ProgramEnd };

/** 程序如何结束。 */
export type ExitKind =
  | 'ok' // main 正常返回
  | 'exit' // 以非零退出码结束（Go 的 panic / fatal error 等）
  | 'error' // 抛出未捕获的异常
  | 'syntax' // 转译失败
  | 'truncated' // 输出超过上限
  | 'timeout' // 运行太久被终止（由监督者判定）
  | 'stopped' // 页面让它停下（离开页面、标签页长时间在后台）
  | 'typecheck'; // 读者选择了“类型错误时不运行”，而代码有类型错误（页面自己判定，不来自沙箱）

export interface RunResult {
  kind: ExitKind;
  exitCode: number;
  /** 给读者看的一句话，例如 “语法错误：main.ts 第 3 行第 5 列。”；由监督者生成，不含读者代码写的文字。 */
  message?: string;
}

/** iframe → 页面。 */
export type FrameEvent =
  | { type: 'ready' }
  | { type: 'output'; id: number; stream: Stream; text: string }
  | { type: 'done'; id: number; result: RunResult; elapsedMs: number };

export const DEFAULT_TIMEOUT_MS = 5000;
/** 状态行里的一句话最长这么多字符。 */
export const MAX_MESSAGE_CHARS = 200;

const EXIT_KINDS: ReadonlySet<string> = new Set<ExitKind>(['ok', 'exit', 'error', 'syntax', 'truncated', 'timeout', 'stopped']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStream = (v: unknown): v is Stream => v === 'stdout' || v === 'stderr';
const isExitCode = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255;
const isPositiveInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0 && (v as number) < 1e7;

function parsePosition(v: unknown): SourcePosition | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || typeof v.file !== 'string' || !/^[\w./-]{1,100}$/.test(v.file)) return undefined;
  if (!isPositiveInt(v.line) || !isPositiveInt(v.column)) return undefined;
  return { file: v.file, line: v.line, column: v.column };
}

function parseEnd(v: unknown): ProgramEnd | null {
  if (!isRecord(v)) return null;
  switch (v.kind) {
    case 'ok':
      return { kind: 'ok' };
    case 'exit':
      return isExitCode(v.exitCode) ? { kind: 'exit', exitCode: v.exitCode } : null;
    case 'error':
      return v.cause === 'exception' || v.cause === 'rejection' ? { kind: 'error', cause: v.cause } : null;
    case 'syntax': {
      const position = parsePosition(v.position);
      return position === undefined ? null : { kind: 'syntax', position };
    }
    case 'truncated':
      return v.cap === 'lines' || v.cap === 'bytes' ? { kind: 'truncated', cap: v.cap } : null;
    default:
      return null;
  }
}

/** worker 发来的消息：只认这次运行的、形状和大小都对的；其余返回 null（丢弃）。 */
export function parseWorkerEvent(data: unknown, runId: number, maxChunkChars: number): WorkerEvent | null {
  if (!isRecord(data) || data.id !== runId) return null;
  if (data.type === 'output') {
    if (!isStream(data.stream) || typeof data.text !== 'string' || data.text.length > maxChunkChars) return null;
    return { type: 'output', id: runId, stream: data.stream, text: data.text };
  }
  if (data.type === 'done') {
    const end = parseEnd(data.end);
    return end ? { type: 'done', id: runId, end } : null;
  }
  return null;
}

/** iframe 发来的消息：ready，或者属于 runId 这次运行、形状和大小都对的输出与结束；其余返回 null。 */
export function parseFrameEvent(data: unknown, runId: number | null, maxChunkChars: number): FrameEvent | null {
  if (!isRecord(data)) return null;
  if (data.type === 'ready') return { type: 'ready' };
  if (runId === null || data.id !== runId) return null;
  if (data.type === 'output') {
    if (!isStream(data.stream) || typeof data.text !== 'string' || data.text.length > maxChunkChars) return null;
    return { type: 'output', id: runId, stream: data.stream, text: data.text };
  }
  if (data.type !== 'done' || !isRecord(data.result)) return null;
  const { kind, exitCode, message } = data.result;
  if (typeof kind !== 'string' || !EXIT_KINDS.has(kind) || !isExitCode(exitCode)) return null;
  if (message !== undefined && (typeof message !== 'string' || message.length > MAX_MESSAGE_CHARS)) return null;
  const elapsedMs = data.elapsedMs;
  if (typeof elapsedMs !== 'number' || !Number.isFinite(elapsedMs) || elapsedMs < 0) return null;
  return { type: 'done', id: runId, result: { kind: kind as ExitKind, exitCode, ...(message === undefined ? {} : { message }) }, elapsedMs };
}
