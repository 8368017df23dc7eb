/** 程序输出的上限：按行、按字节，过长的行截断。worker 和沙箱 iframe 各用一份（iframe 那份是读者代码碰不到的保险）。 */

export interface OutputLimits {
  /** 最多这么多行；每种行结束符都算一行（\r\n 算一个）。 */
  maxLines: number;
  /** 程序写出的总字节数（UTF-8）上限，被省略的超长行部分也算在内。 */
  maxBytes: number;
  /** 一行最多显示这么多个字符，其余省略并附说明。 */
  maxLineChars: number;
}

export const DEFAULT_LIMITS: OutputLimits = { maxLines: 2000, maxBytes: 512 * 1024, maxLineChars: 2000 };

export type CapReason = 'lines' | 'bytes';

export const LONG_LINE_NOTE = '…（这一行太长，其余部分已省略）';

/** 限制之后，一次运行的全部可见输出最多这么多个字符（消息大小检查用它）。 */
export const maxVisibleChars = (l: OutputLimits): number => l.maxBytes + (l.maxLines + 1) * LONG_LINE_NOTE.length;

function isLineTerminator(c: number): boolean {
  // \n \v \f \r NEL LS PS：浏览器的 <pre> 和读者的眼睛都会把它们当成换行。
  return c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

function utf8Length(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 4;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = text.charCodeAt(i - 1);
    if (prev >= 0xd800 && prev <= 0xdbff) return 0; // 代理对的后一半已经算过
  }
  return 3;
}

/** 逐块接收输出，返回该显示的部分；达到上限后 capped 不再为 null，之后的输出全部丢弃。线性时间。 */
export class OutputLimiter {
  capped: CapReason | null = null;
  private lines = 0;
  private bytes = 0;
  private lineChars = 0;
  private cutting = false;
  private afterCR = false;

  constructor(readonly limits: OutputLimits = DEFAULT_LIMITS) {}

  push(text: string): string {
    if (this.capped) return '';
    const { maxLines, maxBytes, maxLineChars } = this.limits;
    const parts: string[] = [];
    let keepFrom = 0; // 当前要保留的一段从这里开始（cutting 时无意义）
    const keepUntil = (end: number): void => {
      if (!this.cutting && end > keepFrom) parts.push(text.slice(keepFrom, end));
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.bytes += utf8Length(text, i);
      if (this.bytes > maxBytes) {
        keepUntil(i);
        this.capped = 'bytes';
        return parts.join('');
      }
      if (isLineTerminator(c)) {
        const continuesCRLF = c === 0x0a && this.afterCR;
        this.afterCR = c === 0x0d;
        if (this.cutting) {
          this.cutting = false;
          keepFrom = i;
        }
        if (!continuesCRLF) this.lines++;
        this.lineChars = 0;
        continue;
      }
      this.afterCR = false;
      if (this.lines >= maxLines) {
        keepUntil(i);
        this.capped = 'lines';
        return parts.join('');
      }
      if (this.cutting) continue;
      if (++this.lineChars > maxLineChars) {
        keepUntil(i);
        parts.push(LONG_LINE_NOTE);
        this.cutting = true;
      }
    }
    keepUntil(text.length);
    return parts.join('');
  }
}
