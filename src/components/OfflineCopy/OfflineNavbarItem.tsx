import React, { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import clsx from 'clsx';
import { loadOfflineSize, useOfflineCopy } from '@site/src/pwa/offline-copy/store';
import OfflineCopyPanel from './OfflineCopyPanel';
import styles from './styles.module.css';

function OfflineIcon({ ready }: { ready: boolean }): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      {ready ? (
        <path fill="currentColor" d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
      ) : (
        <path fill="currentColor" d="M5 20h14v-2H5v2zm14-9h-4V3H9v8H5l7 7 7-7z" />
      )}
    </svg>
  );
}

/** 导航栏里的“离线阅读”：桌面端是一个图标按钮，点开是面板；移动端菜单里直接展开成一项。 */
export default function OfflineNavbarItem({ mobile }: { mobile?: boolean }): ReactNode {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const { status } = useOfflineCopy();

  useEffect(() => {
    if (mobile || open) loadOfflineSize();
  }, [mobile, open]);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  if (mobile) {
    return (
      <li className="menu__list-item">
        <div className={styles.mobile}>
          <span className={styles.mobileTitle}>离线阅读</span>
          <OfflineCopyPanel />
        </div>
      </li>
    );
  }
  return (
    <div className={clsx('navbar__item', styles.item)} ref={root}>
      <button
        ref={toggle}
        type="button"
        className={clsx('clean-btn', styles.toggle)}
        aria-label="离线阅读"
        title="离线阅读"
        aria-expanded={open}
        aria-controls={panelId}
        data-state={status.kind}
        onClick={() => setOpen((o) => !o)}>
        <OfflineIcon ready={status.kind === 'ready'} />
      </button>
      <div id={panelId} className={styles.popover} hidden={!open}>
        <OfflineCopyPanel />
      </div>
    </div>
  );
}
