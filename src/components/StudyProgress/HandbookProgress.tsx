import React from 'react';
import clsx from 'clsx';
import { CATEGORIES } from '@site/src/data/categories';
import { useMarks } from './progressStore';
import { categoryStats, useQuestionsIndex } from './questionsIndex';
import ProgressMeter from './ProgressMeter';
import RandomQuestionButton from './RandomQuestionButton';
import styles from './styles.module.css';

/** 全书各分类的进度，加一个在全书范围里挑题的“随机一题”。 */
export default function HandbookProgress(): React.ReactElement {
  const index = useQuestionsIndex();
  const marks = useMarks();
  const byId = new Map(index?.categories.map((c) => [c.id, c]));
  const all = index ? categoryStats({ id: '', label: '', questions: index.categories.flatMap((c) => c.questions) }, marks) : null;
  return (
    <div className={clsx(styles.handbook, 'search-ignore')}>
      <div className={styles.summary}>
        <RandomQuestionButton categories={index?.categories ?? null} scope="全书" />
        <ProgressMeter label="全书" stats={all} />
      </div>
      <ul className={styles.list}>
        {CATEGORIES.map((c) => {
          const cat = byId.get(c.id);
          return (
            <li key={c.id} className={styles.row} data-category-progress={c.id}>
              <span className={styles.rowLabel}>{c.label}</span>
              <ProgressMeter label={c.label} stats={cat ? categoryStats(cat, marks) : null} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
