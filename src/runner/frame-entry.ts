// 沙箱 iframe（sandbox="allow-scripts"，不透明 origin，CSP 不许任何网络请求）里的脚本：
// 为每次运行开一个新 worker，经一条专用 MessageChannel 收它的消息，由监督者检查、限量、合批后转给页面。
import type { FrameEvent, FrameRequest } from './engine/protocol';
import { RunSupervisor, timeoutResult } from './engine/supervisor';

declare const __WORKER_SOURCE__: string;

const workerUrl = URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: 'text/javascript' }));
let warm: Worker | null = null;
let current: { supervisor: RunSupervisor; timer: ReturnType<typeof setTimeout> } | null = null;

const toParent = (msg: FrameEvent): void => window.parent.postMessage(msg, '*');

function spareWorker(): Worker {
  const w = warm ?? new Worker(workerUrl);
  warm = null;
  return w;
}

function start(req: Extract<FrameRequest, { type: 'run' }>): void {
  current?.supervisor.end({ kind: 'stopped', exitCode: 1, message: '被新的运行取代。' });
  const worker = spareWorker();
  const channel = new MessageChannel();
  const supervisor = new RunSupervisor(req.id, req.limits, {
    now: () => performance.now(),
    output: (stream, text) => toParent({ type: 'output', id: req.id, stream, text }),
    done: (result, elapsedMs) => toParent({ type: 'done', id: req.id, result, elapsedMs }),
    terminate: () => {
      worker.terminate();
      channel.port1.close();
      if (current?.supervisor === supervisor) {
        clearTimeout(current.timer);
        current = null;
      }
    },
    scheduleFlush: (cb) => setTimeout(cb, 16),
  });
  current = { supervisor, timer: setTimeout(() => supervisor.end(timeoutResult(req.timeoutMs)), req.timeoutMs) };
  channel.port1.onmessage = (ev: MessageEvent<unknown>) => supervisor.onWorkerMessage(ev.data);
  // 读者代码可以直接调 self.postMessage：那条通道上的消息一概不看。
  worker.onmessage = null;
  worker.onerror = (ev) => {
    ev.preventDefault();
    supervisor.end({ kind: 'error', exitCode: 1, message: '运行器出错。' });
  };
  worker.postMessage({ type: 'run', id: req.id, files: req.files, entry: req.entry, limits: req.limits, port: channel.port2 }, [channel.port2]);
  // 下一次运行直接用预热好的 worker，省掉启动时间。
  setTimeout(() => {
    if (warm) return;
    warm = new Worker(workerUrl);
    warm.postMessage({ type: 'prime', files: req.files });
  }, 0);
}

window.addEventListener('message', (ev: MessageEvent<FrameRequest>) => {
  if (ev.source !== window.parent) return;
  const msg = ev.data;
  if (msg?.type === 'run' && typeof msg.id === 'number') start(msg);
  else if (msg?.type === 'stop' && current?.supervisor.id === msg.id) current.supervisor.end({ kind: 'stopped', exitCode: 1, message: '已停止。' });
});

warm = new Worker(workerUrl);
toParent({ type: 'ready' });
