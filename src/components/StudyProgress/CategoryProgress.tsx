import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { useMarks } from './progressStore';
import { categoryStats, useQuestionsIndex } from './questionsIndex';
import ProgressMeter from './ProgressMeter';
import RandomQuestionButton from './RandomQuestionButton';
import styles from './styles.module.css';

/** 分类首页上的本类进度和“随机一题”（只在本类里挑）。 */
export default function CategoryProgress({ category }: { category: string }): React.ReactElement {
  const index = useQuestionsIndex();
  const marks = useMarks();
  const cat = index?.categories.find((c) => c.id === category) ?? null;
  return (
    <div className={clsx(styles.panel, 'search-ignore')} data-category-progress={category}>
      <span className={styles.panelTitle}>本类进度</span>
      <ProgressMeter label="本类进度" stats={cat ? categoryStats(cat, marks) : null} />
      <span className={styles.actions}>
        <RandomQuestionButton categories={index ? (cat ? [cat] : []) : null} scope="本类" />
        <Link to="/progress">全部进度与导出</Link>
      </span>
    </div>
  );
}
