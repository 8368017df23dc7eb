// 沙箱 iframe（sandbox="allow-scripts"，不透明 origin）里的脚本：
// 为每次运行开一个新 worker，转发输出，超时就终止 worker。
import type { RunnerEvent, RunRequest } from './engine/protocol';

declare const __WORKER_SOURCE__: string;

interface FrameRunRequest extends RunRequest {
  timeoutMs: number;
}

const workerUrl = URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: 'text/javascript' }));
let warm: Worker | null = null;
let current: { id: number; worker: Worker; timer: ReturnType<typeof setTimeout>; t0: number } | null = null;

const toParent = (msg: RunnerEvent | { type: 'ready' }): void => window.parent.postMessage(msg, '*');

function spareWorker(): Worker {
  const w = warm ?? new Worker(workerUrl);
  warm = null;
  return w;
}

function finish(): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.worker.terminate();
  current = null;
}

function start(req: FrameRunRequest): void {
  finish();
  const worker = spareWorker();
  const run = {
    id: req.id,
    worker,
    t0: performance.now(),
    timer: setTimeout(() => {
      if (current?.id !== req.id) return;
      finish();
      toParent({
        type: 'done',
        id: req.id,
        elapsedMs: req.timeoutMs,
        result: { kind: 'timeout', exitCode: 1, message: `运行超过 ${req.timeoutMs / 1000} 秒，已终止（可能是死循环）。` },
      });
    }, req.timeoutMs),
  };
  current = run;
  worker.onmessage = (ev: MessageEvent<RunnerEvent>) => {
    if (current !== run) return;
    const msg = ev.data;
    if (msg.id !== req.id) return;
    toParent(msg);
    if (msg.type === 'done') finish();
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    if (current !== run) return;
    finish();
    toParent({ type: 'done', id: req.id, elapsedMs: performance.now() - run.t0, result: { kind: 'error', exitCode: 1, message: ev.message || '运行器出错' } });
  };
  const { timeoutMs: _ignored, ...runRequest } = req;
  worker.postMessage(runRequest);
  // 下一次运行直接用预热好的 worker，省掉启动时间。
  setTimeout(() => {
    if (warm) return;
    warm = new Worker(workerUrl);
    warm.postMessage({ type: 'prime', files: runRequest.files });
  }, 0);
}

window.addEventListener('message', (ev: MessageEvent<FrameRunRequest | { type: 'stop' }>) => {
  if (ev.source !== window.parent) return;
  const msg = ev.data;
  if (msg?.type === 'run') start(msg);
  else if (msg?.type === 'stop') finish();
});

warm = new Worker(workerUrl);
toParent({ type: 'ready' });
