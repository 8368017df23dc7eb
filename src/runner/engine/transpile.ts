import { transform } from 'sucrase';

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export class TranspileError extends Error {
  constructor(
    message: string,
    readonly position: SourcePosition | null,
  ) {
    super(message);
    this.name = 'TranspileError';
  }
}

/**
 * TypeScript → CommonJS。sucrase 只删类型、改写 import/export，保持行号不变，
 * 所以运行时错误栈里的行号就是读者文件里的行号。
 */
const cache = new Map<string, string>();

/** 转译结果按文件名和源码缓存：预热的 worker 先转译上一次的文件，下一次运行就不用再转。 */
export function transpile(file: string, source: string): string {
  const key = `${file}\u0000${source}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const code = transpileUncached(file, source);
  cache.set(key, code);
  return code;
}

function transpileUncached(file: string, source: string): string {
  try {
    return transform(source, {
      transforms: ['typescript', 'imports'],
      filePath: file,
      production: true,
    }).code;
  } catch (err) {
    const e = err as Error & { loc?: { line: number; column: number } };
    const loc = e.loc ?? parseLoc(e.message);
    const message = e.message.replace(/^Error transforming [^:]+: /, '').replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw new TranspileError(message, loc ? { file, line: loc.line, column: loc.column } : null);
  }
}

// sucrase 的列号从 1 开始。
function parseLoc(message: string): { line: number; column: number } | null {
  const m = /\((\d+):(\d+)\)\s*$/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : null;
}
