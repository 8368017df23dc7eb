import { useSyncExternalStore } from 'react';
import { createStorageSubscription } from '../../lib/storageStore';
import { sanitizeCards, type ReviewCards, type StoredCard } from './reviewSchedule';
import type { Mark, Marks } from './types';
import type { Grade } from 'ts-fsrs';

/** 进度只存在浏览器里：localStorage 的一个键，值是 `{ version, marks }`；复习排程是另一个键。 */
export const PROGRESS_STORAGE_KEY = 'handbook:progress';
export const REVIEW_STORAGE_KEY = 'handbook:review';
export const PROGRESS_FILE_FORMAT = 'backend-interview-handbook-progress';

const EMPTY: Marks = Object.freeze({});
const store = createStorageSubscription((e) => e.key === PROGRESS_STORAGE_KEY || e.key === REVIEW_STORAGE_KEY || e.key === null);
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
  writeCards({});
}

const EMPTY_CARDS: ReviewCards = Object.freeze({});
let cachedReviewRaw: string | null = null;
let cachedCards: ReviewCards = EMPTY_CARDS;

export function getReviewCards(): ReviewCards {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(REVIEW_STORAGE_KEY);
  } catch {
    raw = null;
  }
  if (raw === cachedReviewRaw) return cachedCards;
  cachedReviewRaw = raw;
  try {
    cachedCards = raw ? Object.freeze(sanitizeCards((JSON.parse(raw) as { cards?: unknown }).cards)) : EMPTY_CARDS;
  } catch {
    cachedCards = EMPTY_CARDS;
  }
  return cachedCards;
}

function writeCards(cards: Record<string, StoredCard>): void {
  try {
    localStorage.setItem(REVIEW_STORAGE_KEY, JSON.stringify({ version: 1, cards }));
  } catch {
    // 同上：保存不了就保持原状。
  }
  store.notify();
}

/** 给一道题评分：排出下一次复习的时间。 */
let scheduler: Promise<typeof import('./fsrsSchedule')> | null = null;

/**
 * FSRS 排程模块（ts-fsrs）：评分按钮出现时就开始加载，按下时通常已经到了，
 * 也因此进了离线缓存。加载失败（离线且没缓存）时下次再试。
 */
export function loadScheduler(): Promise<typeof import('./fsrsSchedule')> {
  scheduler ??= import('./fsrsSchedule').catch((e: unknown) => {
    scheduler = null;
    throw e;
  });
  return scheduler;
}

export async function gradeQuestion(key: string, grade: Grade, now = new Date()): Promise<StoredCard> {
  const { schedule } = await loadScheduler();
  const card = schedule(getReviewCards()[key], grade, now);
  writeCards({ ...getReviewCards(), [key]: card });
  return card;
}

export function mergeReviewCards(imported: ReviewCards): void {
  writeCards({ ...getReviewCards(), ...imported });
}

export function useReviewCards(): ReviewCards {
  return useSyncExternalStore(store.subscribe, getReviewCards, () => EMPTY_CARDS);
}

export function serializeProgress(marks: Marks, review: ReviewCards = {}, now = new Date()): string {
  return JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 2, exportedAt: now.toISOString(), marks, review }, null, 2);
}

/** 解析导出的进度文件（标记和复习排程；旧文件没有排程）；格式不对时抛出带中文说明的错误。 */
export function parseProgressFile(text: string): { marks: Marks; review: ReviewCards } {
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
  return { marks: sanitize(obj.marks), review: sanitizeCards((data as { review?: unknown }).review) };
}


export function useMarks(): Marks {
  return useSyncExternalStore(store.subscribe, getMarks, () => EMPTY);
}
