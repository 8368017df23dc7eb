// 离线副本的状态（导航栏按钮、进度页等处共用一份）和操作：下载、删除、启动时接着下载或更新。
import { useSyncExternalStore } from 'react';
import siteConfig from '@generated/docusaurus.config';
import type { OfflineFiles } from '../offline-files';
import { downloadCopy, readCopyState, removeCopy, type Progress } from './download';
import { isUpToDate } from './plan';

export type OfflineCopyStatus =
  | { kind: 'unsupported' }
  | { kind: 'idle' }
  | { kind: 'downloading'; progress: Progress | null }
  | { kind: 'ready' }
  | { kind: 'error'; message: string };

export interface OfflineCopySnapshot {
  status: OfflineCopyStatus;
  /** 整本下载的 gzip 总字节数（取自构建时生成的清单；清单还没取到时为 null）。 */
  totalBytes: number | null;
}

const { baseUrl } = siteConfig;
const LOCK_NAME = 'handbook-offline-download';
const SERVER_SNAPSHOT: OfflineCopySnapshot = { status: { kind: 'idle' }, totalBytes: null };

let snapshot: OfflineCopySnapshot = SERVER_SNAPSHOT;
let files: Promise<OfflineFiles> | null = null;
let running: AbortController | null = null;
const listeners = new Set<() => void>();

function set(patch: Partial<OfflineCopySnapshot>): void {
  snapshot = { ...snapshot, ...patch };
  for (const l of listeners) l();
}

function supported(): boolean {
  return typeof window !== 'undefined' && 'caches' in window && 'serviceWorker' in navigator;
}

function loadFiles(): Promise<OfflineFiles> {
  files ??= fetch(`${baseUrl}offline-files.json`, { cache: 'no-cache' })
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<OfflineFiles>;
    })
    .then((f) => {
      set({ totalBytes: f.totalBytes });
      return f;
    });
  files.catch(() => {
    files = null;
  });
  return files;
}

/** 取清单只为显示大小：导航栏按钮展开时调用。 */
export function loadOfflineSize(): void {
  if (supported() && navigator.onLine) loadFiles().catch(() => undefined);
}

export async function startOfflineDownload(): Promise<void> {
  if (!supported() || running) return;
  const controller = new AbortController();
  running = controller;
  set({ status: { kind: 'downloading', progress: null } });
  try {
    // 请求持久存储：手机上空间紧张时浏览器不会悄悄清掉读者特意下载的副本。
    void navigator.storage?.persist?.().catch(() => false);
    const list = await loadFiles();
    const run = () => downloadCopy(baseUrl, list, (progress) => set({ status: { kind: 'downloading', progress } }), controller.signal);
    // 同时开着几个标签页时只有一个在下载；其余的等它完成后发现已经是最新的。
    await (navigator.locks ? navigator.locks.request(LOCK_NAME, run) : run());
    if (!controller.signal.aborted) set({ status: { kind: 'ready' } });
  } catch (e) {
    if (!controller.signal.aborted) set({ status: { kind: 'error', message: e instanceof Error ? e.message : String(e) } });
  } finally {
    if (running === controller) running = null;
  }
}

export async function removeOfflineCopy(): Promise<void> {
  running?.abort();
  running = null;
  await removeCopy();
  set({ status: { kind: 'idle' } });
}

function isStandalone(): boolean {
  return window.matchMedia('(display-mode: standalone)').matches;
}

/** 页面加载时：恢复“已下载”的状态；没下载完的接着下载，有新版本的只补变化的文件；安装成应用的自动下载。 */
export async function initOfflineCopy(): Promise<void> {
  if (!supported()) {
    set({ status: { kind: 'unsupported' } });
    return;
  }
  const state = await readCopyState(baseUrl);
  if (!state) {
    if (isStandalone() && navigator.onLine) await startOfflineDownload();
    return;
  }
  if (!navigator.onLine) {
    set({ status: state.complete ? { kind: 'ready' } : { kind: 'error', message: '当前离线，联网后再继续' } });
    return;
  }
  set({ status: state.complete ? { kind: 'ready' } : { kind: 'downloading', progress: null } });
  try {
    if (!isUpToDate(state, await loadFiles())) await startOfflineDownload();
  } catch {
    // 清单取不到（网络断断续续）：保留现有副本，下次打开再检查。
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOfflineCopy(): OfflineCopySnapshot {
  return useSyncExternalStore(subscribe, () => snapshot, () => SERVER_SNAPSHOT);
}
