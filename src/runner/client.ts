// 页面一侧的沙箱客户端：每个页面一个隐藏的 sandbox iframe（不透明 origin），
// 通过 postMessage 提交运行请求、接收输出。
import { DEFAULT_MAX_LINES, type RunnerEvent, type RunResult, type Stream } from './engine/protocol';

export interface RunHandlers {
  onOutput(stream: Stream, text: string): void;
  onDone(result: RunResult, elapsedMs: number): void;
}

export interface RunOptions {
  files: Record<string, string>;
  entry?: string;
  timeoutMs: number;
  maxLines?: number;
}

/** 宿主自己的保险：iframe 没在 超时+这么多毫秒 内回话，就重建它。 */
const WATCHDOG_GRACE_MS = 3000;

class SandboxClient {
  private iframe: HTMLIFrameElement | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 1;
  private readonly runs = new Map<number, { handlers: RunHandlers; watchdog: ReturnType<typeof setTimeout> }>();

  /** frameScriptUrl：沙箱脚本（generated/static/runner/frame.js）的地址。 */
  constructor(private readonly frameScriptUrl: string) {
    window.addEventListener('message', this.onMessage);
  }

  /** 预先创建 iframe 和 worker，让第一次运行更快。 */
  warmUp(): Promise<void> {
    if (this.ready) return this.ready;
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.setAttribute('aria-hidden', 'true');
    iframe.setAttribute('tabindex', '-1');
    iframe.title = '代码沙箱';
    iframe.className = 'sandbox-frame';
    this.iframe = iframe;
    this.ready = (async () => {
      // 脚本由页面按同源请求取来（可被 service worker 缓存，离线也能用），
      // 再以 srcdoc 内联进 iframe：不透明 origin 的 iframe 自己不发任何请求。
      const res = await fetch(this.frameScriptUrl);
      if (!res.ok) throw new Error(`加载沙箱失败：HTTP ${res.status}`);
      const script = (await res.text()).replace(/<\/script/gi, '<\\/script');
      const ready = new Promise<void>((resolve) => {
        const onReady = (ev: MessageEvent<{ type?: string }>): void => {
          if (ev.source === iframe.contentWindow && ev.data?.type === 'ready') {
            window.removeEventListener('message', onReady);
            resolve();
          }
        };
        window.addEventListener('message', onReady);
      });
      iframe.srcdoc = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>代码沙箱</title></head><body><script>${script}</script></body></html>`;
      document.body.appendChild(iframe);
      await ready;
    })();
    this.ready.catch(() => this.reset());
    return this.ready;
  }

  async run(options: RunOptions, handlers: RunHandlers): Promise<void> {
    await this.warmUp();
    const id = this.nextId++;
    for (const [otherId, other] of this.runs) {
      clearTimeout(other.watchdog);
      this.runs.delete(otherId);
      other.handlers.onDone({ kind: 'timeout', exitCode: 1, message: '被新的运行取代。' }, 0);
    }
    const watchdog = setTimeout(() => {
      if (!this.runs.has(id)) return;
      this.runs.delete(id);
      this.reset();
      handlers.onDone({ kind: 'timeout', exitCode: 1, message: '沙箱没有响应，已重新启动。' }, options.timeoutMs);
    }, options.timeoutMs + WATCHDOG_GRACE_MS);
    this.runs.set(id, { handlers, watchdog });
    this.iframe!.contentWindow!.postMessage(
      { type: 'run', id, files: options.files, entry: options.entry ?? 'main.ts', maxLines: options.maxLines ?? DEFAULT_MAX_LINES, timeoutMs: options.timeoutMs },
      '*',
    );
  }

  private reset(): void {
    this.iframe?.remove();
    this.iframe = null;
    this.ready = null;
  }

  private readonly onMessage = (ev: MessageEvent<RunnerEvent>): void => {
    if (!this.iframe || ev.source !== this.iframe.contentWindow) return;
    const msg = ev.data;
    const run = msg && typeof msg.id === 'number' ? this.runs.get(msg.id) : undefined;
    if (!run) return;
    if (msg.type === 'output') run.handlers.onOutput(msg.stream, msg.text);
    else if (msg.type === 'done') {
      clearTimeout(run.watchdog);
      this.runs.delete(msg.id);
      run.handlers.onDone(msg.result, msg.elapsedMs);
    }
  };
}

let shared: SandboxClient | null = null;

export function getSandbox(frameScriptUrl: string): SandboxClient {
  shared ??= new SandboxClient(frameScriptUrl);
  return shared;
}
