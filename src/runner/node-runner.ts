// 在 Node 里跑沙箱：用 worker_threads 加载和浏览器完全相同的 worker 脚本，
// 所以测试证明的就是浏览器里的行为。
import { MessageChannel, Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS, type OutputLimits } from './engine/output-limit';
import { DEFAULT_TIMEOUT_MS, type RunResult, type Stream } from './engine/protocol';
import { RunSupervisor, timeoutResult } from './engine/supervisor';

export const WORKER_BUNDLE = join(__dirname, '..', '..', 'generated', 'runner', 'worker.js');

export interface NodeRunOutput {
  stdout: string;
  stderr: string;
  /** 按到达顺序排列的输出块（监督者合并之后的批次）。 */
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

/** 和沙箱 iframe 做同样的事：专用通道、同一个监督者（检查消息、限量、计时、写状态）。 */
export function runInNode(
  files: Record<string, string>,
  options: { entry?: string; timeoutMs?: number; limits?: Partial<OutputLimits> } = {},
): Promise<NodeRunOutput> {
  if (!existsSync(WORKER_BUNDLE)) {
    throw new Error(`缺少 ${WORKER_BUNDLE}：先运行 npm run runner:build`);
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const limits: OutputLimits = { ...DEFAULT_LIMITS, ...options.limits };
  return new Promise((resolve, reject) => {
    const worker = new Worker(SHIM, { eval: true, workerData: { bundle: WORKER_BUNDLE } });
    const channel = new MessageChannel();
    const chunks: NodeRunOutput['chunks'] = [];
    const supervisor = new RunSupervisor(1, limits, {
      now: () => performance.now(),
      output: (stream, text) => chunks.push({ stream, text }),
      done: (result, elapsedMs) => {
        const pick = (s: Stream) => chunks.filter((c) => c.stream === s).map((c) => c.text).join('');
        resolve({ stdout: pick('stdout'), stderr: pick('stderr'), chunks, result, elapsedMs });
      },
      terminate: () => {
        clearTimeout(timer);
        channel.port1.close();
        void worker.terminate();
      },
      scheduleFlush: (cb) => setTimeout(cb, 16),
    });
    const timer = setTimeout(() => supervisor.end(timeoutResult(timeoutMs)), timeoutMs);
    channel.port1.on('message', (data: unknown) => supervisor.onWorkerMessage(data));
    worker.on('error', (err) => {
      if (supervisor.isFinished) return;
      clearTimeout(timer);
      reject(err);
    });
    worker.postMessage({ type: 'run', id: 1, files, entry: options.entry ?? 'main.ts', limits, port: channel.port2 }, [channel.port2]);
  });
}
