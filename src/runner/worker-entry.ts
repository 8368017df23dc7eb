// 沙箱 worker：每个 worker 只运行一次程序，跑完就被丢弃。
// 网络由浏览器挡住：iframe 的 Content-Security-Policy（default-src 'none'）也管着这个 worker。
// 下面删掉网络 API 只是第二道防线，让读者看到一句明白的话。
import { runProgram } from './engine/execute';
import { createOutputBatcher } from './engine/output-batch';
import type { PostTarget, PrimeRequest, RunRequest, WorkerEvent } from './engine/protocol';
import { transpile } from './engine/transpile';

interface WorkerScope {
  onmessage: ((ev: { data: RunRequest | PrimeRequest }) => void) | null;
  addEventListener(type: 'unhandledrejection', fn: (ev: { reason: unknown; preventDefault(): void }) => void): void;
  addEventListener(type: 'error', fn: (ev: { error: unknown; preventDefault(): void }) => void): void;
}

const scope = globalThis as unknown as WorkerScope & Record<string, unknown>;
// 读者的程序会换掉全局的计时器（用来判断 Go 的死锁）：合批用的计时器在那之前取好。
const rawSetTimeout = setTimeout.bind(globalThis);

const BLOCKED = ['fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'WebTransport', 'EventSource', 'importScripts', 'Worker', 'SharedWorker', 'FontFace'];

function blocked(name: string): () => never {
  return function unavailable(): never {
    throw new Error(`沙箱里没有网络：${name} 不可用`);
  };
}

// 全局对象和它的整条原型链上都换掉（self.constructor.prototype.fetch 之类的路径也拿不回原函数）。
for (let o: object | null = scope; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
  for (const name of BLOCKED) {
    if (o !== scope && !Object.prototype.hasOwnProperty.call(o, name)) continue;
    try {
      Object.defineProperty(o, name, { value: blocked(name), configurable: false, writable: false });
    } catch {
      // 不可配置的属性留给 CSP 去挡
    }
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
  // 在读者代码运行之前绑定：之后改 MessagePort.prototype.postMessage 也影响不到这里。
  const port: PostTarget = req.port;
  const post = port.postMessage.bind(port) as (m: WorkerEvent) => void;
  const output = createOutputBatcher(
    (stream, text) => post({ type: 'output', id: req.id, stream, text }),
    (cb) => rawSetTimeout(cb, 0),
    () => performance.now(),
  );
  const program = runProgram(req, output.emit, (end) => {
    output.flush();
    post({ type: 'done', id: req.id, end });
  });
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
