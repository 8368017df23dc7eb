import type { Stream } from './protocol';

export interface BatchOptions {
  /** 一个时间窗里最多这么多块立即发出；之后的先攒起来。 */
  burst: number;
  windowMs: number;
  /** 攒到这么多字符就发一次。 */
  maxChars: number;
}

export const DEFAULT_BATCH: BatchOptions = { burst: 64, windowMs: 16, maxChars: 8192 };

/**
 * worker 一侧的输出合批：平常每块立即发出（死循环之前打印的内容也看得到）；
 * 短时间里块太多（一个循环里几万次 Print）就攒起来，按大小或下一个宏任务成批发出，
 * 免得几万条消息把 iframe 和页面的主线程淹没。顺序不变：有积攒时新块一律排在后面。
 */
export function createOutputBatcher(
  post: (stream: Stream, text: string) => void,
  schedule: (cb: () => void) => void,
  now: () => number,
  options: BatchOptions = DEFAULT_BATCH,
): { emit(stream: Stream, text: string): void; flush(): void } {
  let windowStart = -Infinity;
  let sentInWindow = 0;
  let pending: Array<{ stream: Stream; text: string }> = [];
  let pendingChars = 0;
  let scheduled = false;

  const flush = (): void => {
    const batch = pending;
    pending = [];
    pendingChars = 0;
    for (const c of batch) post(c.stream, c.text);
  };

  const emit = (stream: Stream, text: string): void => {
    const t = now();
    if (t - windowStart > options.windowMs) {
      windowStart = t;
      sentInWindow = 0;
    }
    if (pending.length === 0 && sentInWindow < options.burst) {
      sentInWindow++;
      post(stream, text);
      return;
    }
    const last = pending[pending.length - 1];
    if (last && last.stream === stream) last.text += text;
    else pending.push({ stream, text });
    pendingChars += text.length;
    if (pendingChars >= options.maxChars) flush();
    else if (!scheduled) {
      scheduled = true;
      schedule(() => {
        scheduled = false;
        flush();
      });
    }
  };

  return { emit, flush };
}
