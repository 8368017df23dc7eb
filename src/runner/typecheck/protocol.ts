/** 页面与类型检查 worker 之间的消息。 */

export interface TypeDiagnostic {
  file: string;
  /** 从 1 开始。 */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: number;
  message: string;
}

export interface TypecheckRequest {
  id: number;
  /** 文件名 → 源码，包括只读的运行库（go.ts、juc.ts）。 */
  files: Record<string, string>;
  /** 只报告这些文件里的错误。 */
  report: string[];
}

export interface TypecheckResponse {
  id: number;
  diagnostics: TypeDiagnostic[];
  error?: string;
}

/** 像 tsc 一样的一行：main.ts:3:7 - error TS2322: …… */
export function formatDiagnostic(d: TypeDiagnostic): string {
  return `${d.file}:${d.line}:${d.column} - error TS${d.code}: ${d.message}`;
}
