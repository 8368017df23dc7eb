import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { removeOfflineCopy, startOfflineDownload, useOfflineCopy, type OfflineCopyStatus } from '@site/src/pwa/offline-copy/store';
import styles from './styles.module.css';

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

export function downloadLabel(totalBytes: number | null): string {
  return totalBytes === null ? '离线下载整本手册' : `离线下载整本手册（约 ${megabytes(totalBytes)} MB）`;
}

function DownloadProgress({ status }: { status: Extract<OfflineCopyStatus, { kind: 'downloading' }> }): ReactNode {
  const p = status.progress;
  const percent = p && p.bytesTotal > 0 ? Math.floor((p.bytesDone / p.bytesTotal) * 100) : 0;
  return (
    <>
      <div
        className={styles.bar}
        role="progressbar"
        aria-label="离线下载进度"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={p ? `${p.filesDone} / ${p.filesTotal} 个文件` : '正在准备'}>
        <div className={styles.barFill} style={{ width: `${percent}%` }} />
      </div>
      <p className={styles.detail}>{p ? `${p.filesDone} / ${p.filesTotal} 个文件，${megabytes(p.bytesDone)} / ${megabytes(p.bytesTotal)} MB` : '正在准备…'}</p>
    </>
  );
}

function statusText(status: OfflineCopyStatus): string {
  switch (status.kind) {
    case 'unsupported':
      return '这个浏览器不支持离线阅读。';
    case 'idle':
      return '目前只缓存了你打开过的页面。';
    case 'downloading':
      // 只随百分比的十位变化，读屏软件不会每个文件都念一遍。
      return `正在下载整本手册…${status.progress ? `${Math.floor((status.progress.bytesDone / Math.max(status.progress.bytesTotal, 1)) * 10) * 10}%` : ''}`;
    case 'ready':
      return '已可离线阅读';
    case 'error':
      return `下载没有完成：${status.message}`;
  }
}

/** 离线副本的状态、下载进度和操作按钮；导航栏按钮的弹出面板和移动端菜单里用它，也可以放在别的页面上。 */
export default function OfflineCopyPanel({ className }: { className?: string }): ReactNode {
  const { status, totalBytes } = useOfflineCopy();
  return (
    <div className={clsx(styles.panel, className)} data-testid="offline-copy" data-state={status.kind}>
      <p className={styles.status} role="status" aria-live="polite">
        {statusText(status)}
      </p>
      {status.kind === 'downloading' && <DownloadProgress status={status} />}
      {(status.kind === 'idle' || status.kind === 'error') && (
        <button type="button" className="button button--sm button--primary" onClick={() => void startOfflineDownload()}>
          {downloadLabel(totalBytes)}
        </button>
      )}
      {(status.kind === 'ready' || status.kind === 'downloading' || status.kind === 'error') && (
        <button type="button" className="button button--sm button--secondary" onClick={() => void removeOfflineCopy()}>
          删除离线副本
        </button>
      )}
    </div>
  );
}
