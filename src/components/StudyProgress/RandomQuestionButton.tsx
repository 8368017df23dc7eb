import React, { useState } from 'react';
import { useHistory } from '@docusaurus/router';
import { useMarks } from './progressStore';
import { pickUnmastered } from './questionsIndex';
import type { IndexedCategory } from './types';
import styles from './styles.module.css';

/** 在给定分类里随机跳到一道还没“已掌握”的题。 */
export default function RandomQuestionButton({ categories, scope }: { categories: IndexedCategory[] | null; scope: string }): React.ReactElement {
  const history = useHistory();
  const marks = useMarks();
  const [message, setMessage] = useState('');
  const onClick = () => {
    if (!categories) return;
    const url = pickUnmastered(categories, marks);
    if (url) history.push(url);
    else setMessage(`${scope}的题都已掌握。`);
  };
  return (
    <span className={styles.random}>
      <button type="button" className="button button--primary button--sm" disabled={!categories} onClick={onClick}>
        随机一题
      </button>
      <span role="status" className={styles.muted}>
        {message}
      </span>
    </span>
  );
}
