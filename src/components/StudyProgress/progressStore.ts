import { useSyncExternalStore } from 'react';
import { createStorageSubscription } from '../../lib/storageStore';
import type { Mark, Marks } from './types';

/** 进度只存在浏览器里：localStorage 的一个键，值是 `{ version, marks }`。 */
export const PROGRESS_STORAGE_KEY = 'handbook:progress';
export const PROGRESS_FILE_FORMAT = 'backend-interview-handbook-progress';

const EMPTY: Marks = Object.freeze({});
const store = createStorageSubscription((e) => e.key === PROGRESS_STORAGE_KEY || e.key === null);
let cachedRaw: string | null = null;
let cachedMarks: Marks = EMPTY;

const isMark = (v: unknown): v is Mark => v === 'mastered' || v === 'review';

function sanitize(input: unknown): Record<string, Mark> {
  const out: Record<string, Mark> = {};
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    for (const [k, v] of Object.entries(input)) if (isMark(v)) out[k] = v;
  }
  return out;
}

function readRaw(): string | null {
  try {
    return localStorage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function getMarks(): Marks {
  const raw = readRaw();
  if (raw === cachedRaw) return cachedMarks;
  cachedRaw = raw;
  try {
    cachedMarks = raw ? Object.freeze(sanitize((JSON.parse(raw) as { marks?: unknown }).marks)) : EMPTY;
  } catch {
    cachedMarks = EMPTY;
  }
  return cachedMarks;
}

function write(marks: Record<string, Mark>): void {
  try {
    localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify({ version: 1, marks }));
  } catch {
    // 存储已满或被禁用：无法保存，界面保持原状。
  }
  store.notify();
}

export function setMark(key: string, mark: Mark | null): void {
  const next: Record<string, Mark> = { ...getMarks() };
  if (mark) next[key] = mark;
  else delete next[key];
  write(next);
}

export function mergeMarks(imported: Marks): void {
  write({ ...getMarks(), ...imported });
}

export function clearMarks(): void {
  write({});
}

export function serializeProgress(marks: Marks, now = new Date()): string {
  return JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 1, exportedAt: now.toISOString(), marks }, null, 2);
}

/** 解析导出的进度文件；格式不对时抛出带中文说明的错误。 */
export function parseProgressFile(text: string): Marks {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('文件不是合法的 JSON。');
  }
  const obj = data as { format?: unknown; marks?: unknown };
  if (!obj || typeof obj !== 'object' || obj.format !== PROGRESS_FILE_FORMAT || typeof obj.marks !== 'object' || obj.marks === null) {
    throw new Error('这不是本手册导出的进度文件。');
  }
  return sanitize(obj.marks);
}


export function useMarks(): Marks {
  return useSyncExternalStore(store.subscribe, getMarks, () => EMPTY);
}
