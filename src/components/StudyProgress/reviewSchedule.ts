// 间隔复习的卡片：存成 JSON、从 JSON 读回来、挑出今天到期的。排程本身（ts-fsrs）在 fsrsSchedule.ts，
// 读者第一次评分时才加载：每个内容页都有评分按钮，但不必每页都下载、执行 FSRS。
import type { Grade } from 'ts-fsrs';

/** 读者的四个评分，对应 FSRS 的 Again / Hard / Good / Easy（ts-fsrs 的 Rating 1–4，单元测试核对）。 */
export const GRADES = [
  { grade: 1, label: '忘了' },
  { grade: 2, label: '模糊' },
  { grade: 3, label: '记得' },
  { grade: 4, label: '很熟' },
] as const satisfies ReadonlyArray<{ grade: Grade; label: string }>;

/** 存进 localStorage 和导出文件的样子：日期是 ISO 字符串。 */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

export type ReviewCards = Readonly<Record<string, StoredCard>>;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** 从存储或导入文件里读卡片：形状不对的丢掉。 */
export function sanitizeCards(input: unknown): Record<string, StoredCard> {
  const out: Record<string, StoredCard> = {};
  if (!input || typeof input !== 'object' || Array.isArray(input)) return out;
  for (const [key, v] of Object.entries(input as Record<string, unknown>)) {
    const c = v as Partial<StoredCard> | null;
    if (!c || !isDate(c.due) || !isNum(c.stability) || !isNum(c.difficulty) || !isNum(c.reps) || !isNum(c.lapses) || !isNum(c.state)) continue;
    out[key] = {
      due: c.due,
      stability: c.stability,
      difficulty: c.difficulty,
      elapsed_days: isNum(c.elapsed_days) ? c.elapsed_days : 0,
      scheduled_days: isNum(c.scheduled_days) ? c.scheduled_days : 0,
      learning_steps: isNum(c.learning_steps) ? c.learning_steps : 0,
      reps: c.reps,
      lapses: c.lapses,
      state: c.state,
      ...(isDate(c.last_review) ? { last_review: c.last_review } : {}),
    };
  }
  return out;
}

/** 今天（本地时间今天结束之前）到期的题，最早到期的在前。标了“需复习”但还没评过分的题算作现在到期。 */
export function dueToday(cards: ReviewCards, reviewMarked: string[], now: Date): Array<{ key: string; due: Date }> {
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  const due = Object.entries(cards)
    .map(([key, c]) => ({ key, due: new Date(c.due) }))
    .filter((x) => x.due <= endOfDay);
  for (const key of reviewMarked) if (!(key in cards)) due.push({ key, due: now });
  return due.sort((a, b) => a.due.getTime() - b.due.getTime());
}
