// 页面一侧的沙箱客户端：每个页面一个隐藏的 sandbox iframe（不透明 origin），
// 通过 postMessage 提交运行请求、接收输出；只接受当前这次运行的、形状和大小都对的消息。
import { DEFAULT_LIMITS, maxVisibleChars, type OutputLimits } from './engine/output-limit';
import { parseFrameEvent, type FrameRequest, type RunResult, type Stream } from './engine/protocol';

export interface RunHandlers {
  onOutput(stream: Stream, text: string): void;
  onDone(result: RunResult, elapsedMs: number): void;
}

export interface RunOptions {
  files: Record<string, string>;
  entry?: string;
  timeoutMs: number;
  limits?: OutputLimits;
}

/** 宿主自己的保险：iframe 没在 超时+这么多毫秒 内回话（它自己的 5 秒超时也没报），就认为它坏了，重建它。 */
const WATCHDOG_GRACE_MS = 10_000;

/**
 * iframe 文档的内容安全策略：不许连接、不许加载任何远程脚本、模块、字体、图片、媒体，
 * 只许运行内联的沙箱脚本、eval（转译后的读者代码）和 blob: worker。worker 继承这份策略。
 */
export const SANDBOX_CSP = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; worker-src blob:; base-uri 'none'; form-action 'none'";

interface ActiveRun {
  id: number;
  handlers: RunHandlers;
  watchdog: ReturnType<typeof setTimeout> | undefined;
  maxChunk: number;
}

class SandboxClient {
  private iframe: HTMLIFrameElement | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 1;
  private active: ActiveRun | null = null;

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
        const onReady = (ev: MessageEvent<unknown>): void => {
          if (ev.source === iframe.contentWindow && parseFrameEvent(ev.data, null, 0)?.type === 'ready') {
            window.removeEventListener('message', onReady);
            resolve();
          }
        };
        window.addEventListener('message', onReady);
      });
      iframe.srcdoc = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SANDBOX_CSP}"><title>代码沙箱</title></head><body><script>${script}</script></body></html>`;
      document.body.appendChild(iframe);
      await ready;
    })();
    this.ready.catch(() => this.reset());
    return this.ready;
  }

  /** 开始一次运行，返回它的编号（给 stop 用）。之前没结束的运行被取代。 */
  async run(options: RunOptions, handlers: RunHandlers): Promise<number> {
    const id = this.nextId++;
    this.supersede();
    const limits = options.limits ?? DEFAULT_LIMITS;
    const run: ActiveRun = { id, handlers, watchdog: undefined, maxChunk: maxVisibleChars(limits) };
    this.active = run;
    await this.warmUp();
    if (this.active !== run) return id;
    run.watchdog = setTimeout(() => {
      if (this.active !== run) return;
      this.active = null;
      this.reset();
      handlers.onDone({ kind: 'timeout', exitCode: 1, message: '沙箱没有响应，已重新启动。' }, options.timeoutMs);
    }, options.timeoutMs + WATCHDOG_GRACE_MS);
    this.post({ type: 'run', id, files: options.files, entry: options.entry ?? 'main.ts', limits, timeoutMs: options.timeoutMs });
    return id;
  }

  /** 叫停编号为 id 的运行（离开页面、组件卸载、标签页长时间在后台）；它的处理函数不再被调用。 */
  stop(id: number): void {
    if (this.active?.id !== id) return;
    clearTimeout(this.active.watchdog);
    this.active = null;
    this.post({ type: 'stop', id });
  }

  private supersede(): void {
    const prev = this.active;
    if (!prev) return;
    clearTimeout(prev.watchdog);
    this.active = null;
    this.post({ type: 'stop', id: prev.id });
    prev.handlers.onDone({ kind: 'stopped', exitCode: 1, message: '被新的运行取代。' }, 0);
  }

  private post(msg: FrameRequest): void {
    this.iframe?.contentWindow?.postMessage(msg, '*');
  }

  private reset(): void {
    this.iframe?.remove();
    this.iframe = null;
    this.ready = null;
  }

  private readonly onMessage = (ev: MessageEvent<unknown>): void => {
    const run = this.active;
    if (!run || !this.iframe || ev.source !== this.iframe.contentWindow) return;
    const msg = parseFrameEvent(ev.data, run.id, run.maxChunk);
    if (!msg || msg.type === 'ready') return;
    if (msg.type === 'output') run.handlers.onOutput(msg.stream, msg.text);
    else {
      clearTimeout(run.watchdog);
      this.active = null;
      run.handlers.onDone(msg.result, msg.elapsedMs);
    }
  };
}

let shared: SandboxClient | null = null;

export function getSandbox(frameScriptUrl: string): SandboxClient {
  shared ??= new SandboxClient(frameScriptUrl);
  return shared;
}
