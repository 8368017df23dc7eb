// 沙箱 worker：每个 worker 只运行一次程序，跑完就被丢弃。
import { runProgram } from './engine/execute';
import type { PrimeRequest, RunnerEvent, RunRequest } from './engine/protocol';
import { transpile } from './engine/transpile';

interface WorkerScope {
  postMessage(message: RunnerEvent): void;
  onmessage: ((ev: { data: RunRequest | PrimeRequest }) => void) | null;
  addEventListener(type: 'unhandledrejection', fn: (ev: { reason: unknown; preventDefault(): void }) => void): void;
  addEventListener(type: 'error', fn: (ev: { error: unknown; preventDefault(): void }) => void): void;
}

const scope = globalThis as unknown as WorkerScope & Record<string, unknown>;
const post = scope.postMessage.bind(scope);

// 读者的代码不能发网络请求，也不能再开 worker 或加载脚本。
for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'Worker', 'SharedWorker']) {
  try {
    Object.defineProperty(scope, name, { value: undefined, configurable: false, writable: false });
  } catch {
    scope[name] = undefined;
  }
}

let started = false;
scope.onmessage = (ev) => {
  const req = ev.data;
  if (req?.type === 'prime' && !started) {
    for (const [file, source] of Object.entries(req.files)) {
      try {
        transpile(file, source);
      } catch {
        // 语法错误留到真正运行时再报告
      }
    }
    return;
  }
  if (!req || req.type !== 'run' || started) return;
  started = true;
  const t0 = performance.now();
  const program = runProgram(
    req,
    (stream, text) => post({ type: 'output', id: req.id, stream, text }),
    (result) => post({ type: 'done', id: req.id, result, elapsedMs: performance.now() - t0 }),
  );
  // 程序结束后（例如 fatal error 之后）冒出来的异常一律吞掉。
  scope.addEventListener('unhandledrejection', (e) => {
    e.preventDefault();
    program.reportUnhandledRejection(e.reason);
  });
  scope.addEventListener('error', (e) => {
    e.preventDefault();
    program.reportUncaught(e.error);
  });
};
