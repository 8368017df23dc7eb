// 页面一侧：按需创建类型检查 worker（第一次调用时才下载 TypeScript 编译器），一次一个请求，只保留最新的。
import type { TypecheckResponse, TypeDiagnostic } from './protocol';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: TypecheckResponse) => void>();

function ensureWorker(url: string): Worker {
  if (worker) return worker;
  worker = new Worker(url);
  worker.onmessage = (ev: MessageEvent<TypecheckResponse>) => {
    const resolve = waiting.get(ev.data.id);
    waiting.delete(ev.data.id);
    resolve?.(ev.data);
  };
  worker.onerror = () => {
    for (const resolve of waiting.values()) resolve({ id: 0, diagnostics: [], error: '类型检查器加载失败' });
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** 检查 files（含运行库），返回 report 中文件的类型错误；检查器出错时返回空列表和 error。 */
export function typecheck(url: string, files: Record<string, string>, report: string[]): Promise<{ diagnostics: TypeDiagnostic[]; error?: string }> {
  const id = nextId++;
  const w = ensureWorker(url);
  return new Promise((resolve) => {
    waiting.set(id, (r) => resolve({ diagnostics: r.diagnostics, error: r.error }));
    w.postMessage({ id, files, report });
  });
}
