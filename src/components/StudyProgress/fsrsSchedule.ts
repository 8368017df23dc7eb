// 间隔复习的排程：交给 ts-fsrs（FSRS 算法）。progressStore 在读者评分时按需 import() 这个模块。
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './reviewSchedule';

// 不加随机扰动：同样的评分序列得到同样的日期，读者和测试都看得懂。
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function toCard(s: StoredCard): Card {
  return { ...s, due: new Date(s.due), last_review: s.last_review ? new Date(s.last_review) : undefined } as Card;
}

function toStored(c: Card): StoredCard {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
  };
}

/** 给一道题评分（没复习过的题从新卡片开始），返回新的卡片和下次复习时间。 */
export function schedule(previous: StoredCard | undefined, grade: Grade, now: Date): StoredCard {
  const card = previous ? toCard(previous) : createEmptyCard(now);
  return toStored(scheduler.next(card, now, grade).card);
}

