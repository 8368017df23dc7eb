import React, { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from '@docusaurus/router';
import { svgsInHtml } from './svgs-in-html';

// 查看器（和它用的 @panzoom/panzoom）只在第一次打开时下载。
const DiagramViewer = lazy(() => import('./DiagramViewer'));

interface Props {
  /**
   * 构建时渲染好的 SVG（浅色、深色主题）：CSS 按 [data-theme] 只显示其中一份。
   * 生产构建只带 id（lightId/darkId）：SVG 在构建结束时填进 HTML，不进 JS 块；开发服务器直接带 SVG。
   */
  light?: string;
  dark?: string;
  lightId?: string;
  darkId?: string;
  width: string;
  height: string;
  /** 图下的说明，也是图的文字替代。 */
  label: string;
  children?: ReactNode;
}

function visibleSvg(scroller: HTMLElement): SVGSVGElement | null {
  for (const svg of scroller.querySelectorAll<SVGSVGElement>('svg[role="img"]')) {
    if (svg.getClientRects().length > 0) return svg;
  }
  return null;
}

// 站内跳转时一页只取一次 HTML（离线时来自 service worker 的缓存），页面里的每张图都从中拿自己的 SVG。
const pageSvgs = new Map<string, Promise<Map<string, string>>>();

function svgsOfPage(path: string): Promise<Map<string, string>> {
  let found = pageSvgs.get(path);
  if (!found) {
    found = fetch(path)
      .then((res) => (res.ok ? res.text() : Promise.reject(new Error(`${res.status} ${path}`))))
      .then(svgsInHtml);
    found.catch(() => pageSvgs.delete(path));
    pageSvgs.set(path, found);
  }
  return found;
}

/**
 * 一份主题的 SVG。整页加载时服务端 HTML 里已经有它：水合时 React 不碰 dangerouslySetInnerHTML 的内容，空串不会清掉它。
 * 站内跳转过来时占位是空的，才从这一页的 HTML 里取。
 */
function ThemeSvg({ theme, svg, id }: { theme: 'light' | 'dark'; svg?: string; id?: string }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [html, setHtml] = useState(svg ?? '');
  const { pathname } = useLocation();
  useEffect(() => {
    if (svg !== undefined || !id || !ref.current || ref.current.childElementCount > 0) return;
    let live = true;
    svgsOfPage(pathname)
      .then((svgs) => {
        const found = svgs.get(id);
        if (!found) throw new Error(`${pathname} 里没有图 ${id}`);
        if (live) setHtml(found);
      })
      .catch((err: unknown) => console.warn('图加载失败', err));
    return () => {
      live = false;
    };
  }, [svg, id, pathname]);
  return (
    <div
      ref={ref}
      className={`mermaid-diagram__svg mermaid-diagram__svg--${theme}`}
      data-svg={id}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

export default function MermaidDiagram({ light, dark, lightId, darkId, width, height, label, children }: Props): ReactNode {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [source, setSource] = useState<SVGSVGElement | null>(null);

  const open = useCallback(() => {
    const svg = scrollerRef.current && visibleSvg(scrollerRef.current);
    if (svg) setSource(svg);
  }, []);
  const close = useCallback(() => {
    setSource(null);
    scrollerRef.current?.focus();
  }, []);

  return (
    <figure className="mermaid-diagram" data-width={width} data-height={height}>
      <div
        ref={scrollerRef}
        className="mermaid-diagram__scroll"
        style={{ '--diagram-height': `${height}px` } as React.CSSProperties}
        tabIndex={0}
        role="group"
        aria-label={`${label}（按 Enter 全屏查看）`}
        title="点击全屏查看，可缩放、拖动"
        onClick={open}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open();
          }
        }}>
        <ThemeSvg theme="light" svg={light} id={lightId} />
        <ThemeSvg theme="dark" svg={dark} id={darkId} />
      </div>
      {children ? <figcaption>{children}</figcaption> : null}
      {source ? (
        <Suspense fallback={null}>
          <DiagramViewer source={source} label={label} onClose={close} />
        </Suspense>
      ) : null}
    </figure>
  );
}
