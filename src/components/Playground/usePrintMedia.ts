import { useSyncExternalStore } from 'react';

// 页面进入打印（Ctrl+P、另存为 PDF，或测试里模拟 print 媒体）后变为 true，之后一直保持。
// 打印版内容只在这时才渲染，平时不给页面增加 DOM。外部 store 的更新是同步优先级，
// 在 beforeprint 回调之后的微任务里就渲染完，赶得上浏览器排版打印页。
let printed = false;
const listeners = new Set<() => void>();
let printQuery: MediaQueryList | null = null;

function markPrinted(): void {
  if (printed) return;
  printed = true;
  for (const l of listeners) l();
}

function onMediaChange(e: MediaQueryListEvent): void {
  if (e.matches) markPrinted();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  printQuery ??= window.matchMedia('print');
  if (listeners.size === 1) {
    window.addEventListener('beforeprint', markPrinted);
    printQuery.addEventListener('change', onMediaChange);
  }
  if (printQuery.matches) markPrinted();
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', markPrinted);
      printQuery?.removeEventListener('change', onMediaChange);
    }
  };
}

export function usePrintMedia(): boolean {
  return useSyncExternalStore(subscribe, () => printed, () => false);
}
