// 比较已下载的副本和当前的清单：哪些文件要（重新）下载，哪些已经不在新版本里、要删掉。
import type { OfflineFile, OfflineFiles } from '../offline-files';

/** 已下载的副本：每个 URL 下载时的 revision；complete 表示上次下载完整结束。 */
export interface CopyState {
  version: string;
  complete: boolean;
  revisions: Record<string, string>;
}

export interface DownloadPlan {
  fetch: OfflineFile[];
  remove: string[];
}

export function planDownload(state: CopyState | null, files: OfflineFiles): DownloadPlan {
  const have = state?.revisions ?? {};
  const wanted = new Set(files.files.map((f) => f.url));
  return {
    fetch: files.files.filter((f) => have[f.url] !== f.revision),
    remove: Object.keys(have).filter((url) => !wanted.has(url)),
  };
}

export function isUpToDate(state: CopyState | null, files: OfflineFiles): boolean {
  return !!state && state.complete && state.version === files.version;
}
