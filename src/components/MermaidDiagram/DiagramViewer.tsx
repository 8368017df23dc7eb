import React, { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';

interface Props {
  source: SVGSVGElement;
  label: string;
  onClose(): void;
}

const PAN_STEP = 60;

/** 全屏查看一张图：滚轮/双指缩放、拖动平移；键盘 + − 缩放、方向键平移、0 复位、Esc 关闭。 */
export default function DiagramViewer({ source, label, onClose }: Props): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const panzoomRef = useRef<PanzoomObject | null>(null);
  const [scale, setScale] = useState(1);

  useEffect(() => {
    const dialog = dialogRef.current!;
    const stage = stageRef.current!;
    const content = contentRef.current!;
    content.replaceChildren(source.cloneNode(true));
    dialog.showModal();
    const w = Number(source.getAttribute('width')) || source.getBoundingClientRect().width;
    const h = Number(source.getAttribute('height')) || source.getBoundingClientRect().height;
    const fit = Math.min(1, (stage.clientWidth - 32) / w, (stage.clientHeight - 32) / h);
    const panzoom = Panzoom(content, { canvas: true, startScale: fit, minScale: Math.min(0.1, fit), maxScale: 12, step: 0.25 });
    panzoomRef.current = panzoom;
    setScale(fit);
    const onChange = () => setScale(panzoom.getScale());
    content.addEventListener('panzoomchange', onChange);
    stage.addEventListener('wheel', panzoom.zoomWithWheel);
    dialog.focus();
    return () => {
      stage.removeEventListener('wheel', panzoom.zoomWithWheel);
      content.removeEventListener('panzoomchange', onChange);
      panzoom.destroy();
      panzoomRef.current = null;
    };
  }, [source]);

  const onKeyDown = (e: KeyboardEvent) => {
    const pz = panzoomRef.current;
    if (!pz) return;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    if (e.key === '+' || e.key === '=') pz.zoomIn();
    else if (e.key === '-' || e.key === '_') pz.zoomOut();
    else if (e.key === '0') pz.reset();
    else if (moves[e.key]) {
      const [x, y] = moves[e.key]!;
      pz.pan(x / pz.getScale(), y / pz.getScale(), { relative: true });
    } else return;
    e.preventDefault();
  };

  // showModal() 把对话框放进顶层（top layer）：不需要 portal，也不受外层 overflow 影响。
  return (
    <dialog
      ref={dialogRef}
      className="diagram-viewer"
      aria-label={`全屏查看：${label}`}
      data-testid="diagram-viewer"
      data-scale={scale.toFixed(3)}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onClose={onClose}>
      <div className="diagram-viewer__bar">
        <span className="diagram-viewer__hint">滚轮或双指缩放，拖动平移；键盘 + − 0 和方向键，Esc 关闭</span>
        <button type="button" className="button button--sm button--secondary" onClick={() => panzoomRef.current?.zoomOut()} aria-label="缩小">−</button>
        <span className="diagram-viewer__scale" aria-live="polite">{Math.round(scale * 100)}%</span>
        <button type="button" className="button button--sm button--secondary" onClick={() => panzoomRef.current?.zoomIn()} aria-label="放大">+</button>
        <button type="button" className="button button--sm button--secondary" onClick={() => panzoomRef.current?.reset()}>复位</button>
        <button type="button" className="button button--sm button--primary" onClick={() => dialogRef.current?.close()}>关闭</button>
      </div>
      <div ref={stageRef} className="diagram-viewer__stage">
        <div ref={contentRef} className="diagram-viewer__content" />
      </div>
    </dialog>
  );
}
