import React, { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';

// 查看器（和它用的 @panzoom/panzoom）只在第一次打开时下载。
const DiagramViewer = lazy(() => import('./DiagramViewer'));

interface Props {
  /** 构建时渲染好的 SVG（浅色、深色主题）：CSS 按 [data-theme] 只显示其中一份。 */
  light: string;
  dark: string;
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

export default function MermaidDiagram({ light, dark, width, height, label, children }: Props): ReactNode {
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
        <div className="mermaid-diagram__svg mermaid-diagram__svg--light" dangerouslySetInnerHTML={{ __html: light }} />
        <div className="mermaid-diagram__svg mermaid-diagram__svg--dark" dangerouslySetInnerHTML={{ __html: dark }} />
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
