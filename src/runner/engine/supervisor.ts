/**
 * 一次运行的监督者：在沙箱 iframe 里（Node 测试里是 node-runner）检查 worker 发来的每条消息，
 * 自己再限一次输出，把输出合并成批交给页面，自己计时，并写出状态行里的那句话。
 * 它和读者代码不在同一个全局环境里，读者代码改不了它。
 */
import { maxVisibleChars, OutputLimiter, type OutputLimits } from './output-limit';
import { parseWorkerEvent, type ProgramEnd, type RunResult, type Stream } from './protocol';

export interface SupervisorHooks {
  now(): number;
  /** 把合并好的一批输出交出去。 */
  output(stream: Stream, text: string): void;
  done(result: RunResult, elapsedMs: number): void;
  /** 结束 worker（到达上限、超时、被叫停时）。 */
  terminate(): void;
  /** 稍后调用 cb 发出积攒的输出（iframe 里约一帧之后）。 */
  scheduleFlush(cb: () => void): void;
}

export function describeEnd(end: ProgramEnd, limits: OutputLimits): RunResult {
  switch (end.kind) {
    case 'ok':
      return { kind: 'ok', exitCode: 0 };
    case 'exit':
      return end.exitCode === 0 ? { kind: 'ok', exitCode: 0 } : { kind: 'exit', exitCode: end.exitCode, message: `程序以退出码 ${end.exitCode} 结束。` };
    case 'error':
      return { kind: 'error', exitCode: 1, message: end.cause === 'rejection' ? '未处理的 Promise 拒绝，见输出。' : '未捕获的异常，见输出。' };
    case 'syntax': {
      const p = end.position;
      return { kind: 'syntax', exitCode: 1, message: p ? `语法错误：${p.file} 第 ${p.line} 行第 ${p.column} 列。` : '语法错误。' };
    }
    case 'truncated':
      return {
        kind: 'truncated',
        exitCode: 1,
        message: end.cap === 'lines' ? `输出超过 ${limits.maxLines} 行，已截断并停止运行。` : `输出超过 ${Math.round(limits.maxBytes / 1024)} KB，已截断并停止运行。`,
      };
  }
}

export const timeoutResult = (timeoutMs: number): RunResult => ({
  kind: 'timeout',
  exitCode: 1,
  message: `运行超过 ${timeoutMs / 1000} 秒，已终止（可能是死循环）。`,
});

export class RunSupervisor {
  private finished = false;
  private readonly limiter: OutputLimiter;
  private readonly t0: number;
  private pending: Array<{ stream: Stream; text: string }> = [];
  private pendingChars = 0;
  private flushScheduled = false;

  constructor(
    readonly id: number,
    private readonly limits: OutputLimits,
    private readonly hooks: SupervisorHooks,
  ) {
    this.limiter = new OutputLimiter(limits);
    this.t0 = hooks.now();
  }

  get isFinished(): boolean {
    return this.finished;
  }

  /** worker 的一条消息；形状不对或不属于这次运行的直接丢弃。 */
  onWorkerMessage(data: unknown): void {
    if (this.finished) return;
    const ev = parseWorkerEvent(data, this.id, maxVisibleChars(this.limits));
    if (!ev) return;
    if (ev.type === 'done') {
      this.end(describeEnd(ev.end, this.limits));
      return;
    }
    const shown = this.limiter.push(ev.text);
    if (shown) this.queue(ev.stream, shown);
    if (this.limiter.capped) this.end(describeEnd({ kind: 'truncated', cap: this.limiter.capped }, this.limits));
  }

  /** 结束这次运行（worker 报告结束，或监督者判定超时、出错、叫停）。 */
  end(result: RunResult): void {
    if (this.finished) return;
    this.finished = true;
    this.hooks.terminate();
    this.flush();
    this.hooks.done(result, Math.max(0, this.hooks.now() - this.t0));
  }

  private queue(stream: Stream, text: string): void {
    const last = this.pending[this.pending.length - 1];
    if (last && last.stream === stream) last.text += text;
    else this.pending.push({ stream, text });
    this.pendingChars += text.length;
    if (this.pendingChars >= 64 * 1024) this.flush();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      this.hooks.scheduleFlush(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    for (const c of batch) this.hooks.output(c.stream, c.text);
  }
}
