import { useEffect, useState } from 'react';
import type { IndexedCategory, Marks, QuestionsIndex } from './types';

let loading: Promise<QuestionsIndex> | null = null;

/** 问题清单是单独的 JSON 块，只在需要进度的页面上按需加载。 */
export function loadQuestionsIndex(): Promise<QuestionsIndex> {
  loading ??= import('@generated/handbook-questions-index/default/questions.json').then((m) => m.default);
  return loading;
}

export function useQuestionsIndex(): QuestionsIndex | null {
  const [index, setIndex] = useState<QuestionsIndex | null>(null);
  useEffect(() => {
    let alive = true;
    void loadQuestionsIndex().then((i) => alive && setIndex(i));
    return () => {
      alive = false;
    };
  }, []);
  return index;
}

export interface CategoryStats {
  total: number;
  mastered: number;
  review: number;
}

export function categoryStats(category: IndexedCategory, marks: Marks): CategoryStats {
  let mastered = 0;
  let review = 0;
  for (const q of category.questions) {
    if (marks[q.key] === 'mastered') mastered += 1;
    else if (marks[q.key] === 'review') review += 1;
  }
  return { total: category.questions.length, mastered, review };
}

/** 从给定分类里随机挑一道没有标记“已掌握”的题；全部掌握时返回 null。 */
export function pickUnmastered(categories: IndexedCategory[], marks: Marks, random = Math.random): string | null {
  const pool = categories.flatMap((c) => c.questions).filter((q) => marks[q.key] !== 'mastered');
  if (pool.length === 0) return null;
  return pool[Math.floor(random() * pool.length)]!.url;
}
