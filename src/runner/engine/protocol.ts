/** 页面、沙箱 iframe 与 worker 之间传递的消息。 */

export type Stream = 'stdout' | 'stderr';

export interface RunRequest {
  type: 'run';
  id: number;
  /** 文件名 → 源码，例如 { 'main.ts': '...', 'go.ts': '...' } */
  files: Record<string, string>;
  entry: string;
  /** 超过这个行数就截断输出并结束程序。 */
  maxLines: number;
}

/** 让备用 worker 预先转译这些文件（通常是上一次运行的文件），下一次运行更快。 */
export interface PrimeRequest {
  type: 'prime';
  files: Record<string, string>;
}

/** 程序如何结束。 */
export type ExitKind =
  | 'ok' // main 正常返回
  | 'exit' // 以非零退出码结束（Go 的 panic / fatal error 等）
  | 'error' // 抛出未捕获的异常
  | 'syntax' // 转译失败
  | 'truncated' // 输出超过上限
  | 'timeout'; // 运行太久被终止（由宿主判定）

export interface RunResult {
  kind: ExitKind;
  exitCode: number;
  /** 给读者看的一句话，例如 “第 3 行第 5 列：语法错误”。 */
  message?: string;
}

export type RunnerEvent =
  | { type: 'output'; id: number; stream: Stream; text: string }
  | { type: 'done'; id: number; result: RunResult; elapsedMs: number };

export const DEFAULT_MAX_LINES = 2000;
export const DEFAULT_TIMEOUT_MS = 5000;
