import { useCallback, useEffect, useRef, useState } from 'react';
import type { useCodeWordWrap } from '@docusaurus/theme-common/internal';

type WordWrap = ReturnType<typeof useCodeWordWrap>;

/**
 * 与主题的 useCodeWordWrap 行为相同（代码能横向滚动时才显示“换行”按钮），只是“能不能滚动”在
 * ResizeObserver 的回调里读：那时排版刚做完，读 scrollWidth 不会逼浏览器在水合中途给整页排一次版。
 * 屏幕外（content-visibility 跳过排版）的代码块，等它排版时才检查。
 */
export function useLazyCodeWordWrap(): WordWrap {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement>(null);

  useEffect(() => {
    const pre = codeBlockRef.current;
    if (!pre || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      setIsCodeScrollable(pre.scrollWidth > pre.clientWidth || pre.querySelector('code')!.hasAttribute('style'));
    });
    observer.observe(pre);
    return () => observer.disconnect();
  }, []);

  const toggle = useCallback(() => {
    const code = codeBlockRef.current!.querySelector('code')!;
    if (isEnabled) code.removeAttribute('style');
    else {
      code.style.whiteSpace = 'pre-wrap';
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((v) => !v);
  }, [isEnabled]);

  return { codeBlockRef, isEnabled, isCodeScrollable, toggle } as WordWrap;
}
