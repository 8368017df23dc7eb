// 在 Node 里跑沙箱：用 worker_threads 加载和浏览器完全相同的 worker 脚本，
// 所以测试证明的就是浏览器里的行为。
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_LINES, DEFAULT_TIMEOUT_MS, type RunnerEvent, type RunResult, type Stream } from './engine/protocol';

export const WORKER_BUNDLE = join(__dirname, '..', '..', 'generated', 'runner', 'worker.js');

export interface NodeRunOutput {
  stdout: string;
  stderr: string;
  /** 按到达顺序排列的输出块。 */
  chunks: Array<{ stream: Stream; text: string }>;
  result: RunResult;
  elapsedMs: number;
}

const SHIM = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.postMessage = (m) => parentPort.postMessage(m);
globalThis.addEventListener = (type, fn) => {
  if (type === 'unhandledrejection') process.on('unhandledRejection', (reason) => fn({ reason, preventDefault() {} }));
  if (type === 'error') process.on('uncaughtException', (error) => fn({ error, preventDefault() {} }));
};
parentPort.on('message', (m) => globalThis.onmessage && globalThis.onmessage({ data: m }));
require(workerData.bundle);
`;

export function runInNode(
  files: Record<string, string>,
  options: { entry?: string; timeoutMs?: number; maxLines?: number } = {},
): Promise<NodeRunOutput> {
  if (!existsSync(WORKER_BUNDLE)) {
    throw new Error(`缺少 ${WORKER_BUNDLE}：先运行 npm run runner:build`);
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const worker = new Worker(SHIM, { eval: true, workerData: { bundle: WORKER_BUNDLE } });
    const chunks: NodeRunOutput['chunks'] = [];
    const t0 = performance.now();
    let settled = false;
    const done = (result: RunResult, elapsedMs: number): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      const pick = (s: Stream) => chunks.filter((c) => c.stream === s).map((c) => c.text).join('');
      resolve({ stdout: pick('stdout'), stderr: pick('stderr'), chunks, result, elapsedMs });
    };
    const timer = setTimeout(
      () => done({ kind: 'timeout', exitCode: 1, message: `运行超过 ${timeoutMs / 1000} 秒，已终止（可能是死循环）。` }, timeoutMs),
      timeoutMs,
    );
    worker.on('message', (msg: RunnerEvent) => {
      if (msg.type === 'output') chunks.push({ stream: msg.stream, text: msg.text });
      else if (msg.type === 'done') done(msg.result, msg.elapsedMs);
    });
    worker.on('error', (err) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        reject(err);
      }
    });
    worker.postMessage({
      type: 'run',
      id: 1,
      files,
      entry: options.entry ?? 'main.ts',
      maxLines: options.maxLines ?? DEFAULT_MAX_LINES,
    });
    void t0;
  });
}
