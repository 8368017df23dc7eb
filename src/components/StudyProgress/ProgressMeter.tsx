import React from 'react';
import type { CategoryStats } from './questionsIndex';
import styles from './styles.module.css';

/** 一个分类的进度条和“已掌握 m / n 题”；stats 为空表示问题清单还在加载。 */
export default function ProgressMeter({ label, stats }: { label: string; stats: CategoryStats | null }): React.ReactElement {
  const text = stats ? `已掌握 ${stats.mastered} / ${stats.total} 题` : '正在统计…';
  return (
    <span className={styles.meter}>
      <progress className={styles.bar} max={stats?.total || 1} value={stats ? stats.mastered : undefined} aria-label={`${label}：${text}`} />
      <span className={styles.count}>
        {text}
        {stats && stats.review > 0 ? `，需复习 ${stats.review} 题` : ''}
      </span>
    </span>
  );
}
