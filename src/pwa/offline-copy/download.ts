// 下载整本手册：按计划取文件存进 HANDBOOK_CACHE，并把进度（含每个文件的 revision）记在同一个缓存里，
// 刷新页面、部署新版本后都能接着下载或只补变化的文件。
import type { OfflineFile, OfflineFiles } from '../offline-files';
import { DOWNLOAD_HEADER, HANDBOOK_CACHE } from './constants';
import { planDownload, type CopyState } from './plan';

const PARALLEL = 4;
const SAVE_STATE_EVERY = 50;

export interface Progress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

function stateUrl(baseUrl: string): string {
  return new URL(`${baseUrl}__offline-copy-state.json`, window.location.origin).href;
}

export async function readCopyState(baseUrl: string): Promise<CopyState | null> {
  if (!(await caches.has(HANDBOOK_CACHE))) return null;
  const res = await caches.match(stateUrl(baseUrl), { cacheName: HANDBOOK_CACHE });
  return res ? ((await res.json()) as CopyState) : null;
}

async function writeCopyState(cache: Cache, baseUrl: string, state: CopyState): Promise<void> {
  await cache.put(stateUrl(baseUrl), new Response(JSON.stringify(state), { headers: { 'content-type': 'application/json' } }));
}

async function fetchFile(cache: Cache, file: OfflineFile, signal: AbortSignal): Promise<void> {
  // no-cache：不用浏览器 HTTP 缓存里的旧页面，有 ETag 时只是一次条件请求。
  const res = await fetch(file.url, { headers: { [DOWNLOAD_HEADER]: '1' }, cache: 'no-cache', signal });
  if (!res.ok) throw new Error(`${file.url}: HTTP ${res.status}`);
  await cache.put(new URL(file.url, window.location.origin).href, res);
}

export async function downloadCopy(baseUrl: string, files: OfflineFiles, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<void> {
  const cache = await caches.open(HANDBOOK_CACHE);
  const previous = await readCopyState(baseUrl);
  const plan = planDownload(previous, files);
  const state: CopyState = { version: files.version, complete: false, revisions: { ...previous?.revisions } };
  for (const url of plan.remove) {
    await cache.delete(new URL(url, window.location.origin).href);
    delete state.revisions[url];
  }
  const progress: Progress = {
    filesDone: files.files.length - plan.fetch.length,
    filesTotal: files.files.length,
    bytesDone: files.totalBytes - plan.fetch.reduce((n, f) => n + f.bytes, 0),
    bytesTotal: files.totalBytes,
  };
  onProgress({ ...progress });
  const queue = [...plan.fetch];
  let sinceSave = 0;
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      signal.throwIfAborted();
      await fetchFile(cache, file, signal);
      state.revisions[file.url] = file.revision;
      progress.filesDone += 1;
      progress.bytesDone += file.bytes;
      onProgress({ ...progress });
      if (++sinceSave >= SAVE_STATE_EVERY) {
        sinceSave = 0;
        await writeCopyState(cache, baseUrl, state);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    state.complete = true;
  } finally {
    if (!signal.aborted) await writeCopyState(cache, baseUrl, state);
  }
}

export async function removeCopy(): Promise<void> {
  await caches.delete(HANDBOOK_CACHE);
}
