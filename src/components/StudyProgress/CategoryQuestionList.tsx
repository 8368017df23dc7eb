import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { useMarks } from './progressStore';
import type { IndexedQuestion, Mark } from './types';
import styles from './styles.module.css';

const MARK_LABEL: Record<Mark, string> = { mastered: '已掌握', review: '需复习' };

/**
 * 分类首页底部：本类每一道题，按页面分组，链接到题目的锚点，旁边是读者自己的标记。
 * 清单由 remark-category-list 在构建时放进页面（服务端渲染的 HTML 里就有），只有标记来自浏览器。
 */
export default function CategoryQuestionList({ category, questions }: { category: string; questions: IndexedQuestion[] }): React.ReactElement | null {
  const marks = useMarks();
  if (questions.length === 0) return null;
  const pages = new Map<string, IndexedQuestion[]>();
  for (const q of questions) pages.set(q.page, [...(pages.get(q.page) ?? []), q]);
  return (
    <section className={clsx(styles.questionList, 'search-ignore')} aria-labelledby="all-questions" data-category-questions={category}>
      <Heading as="h2" id="all-questions">
        本类全部问题（{questions.length} 道）
      </Heading>
      {[...pages].map(([page, questions]) => (
        <div key={page}>
          <h3 className={styles.questionListPage}>{page}</h3>
          <ol className={styles.questionListItems}>
            {questions.map((q) => {
              const mark = marks[q.key];
              return (
                <li key={q.key}>
                  <Link className={styles.listLink} to={q.url}>
                    {q.title}
                  </Link>
                  {mark && <span className={clsx(styles.questionMark, styles[mark])}>{MARK_LABEL[mark]}</span>}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}
