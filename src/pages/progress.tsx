import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import HandbookProgress from '@site/src/components/StudyProgress/HandbookProgress';
import ProgressTransfer from '@site/src/components/StudyProgress/ProgressTransfer';
import OfflineCopyPanel from '@site/src/components/OfflineCopy/OfflineCopyPanel';
import { useMarks, useReviewCards } from '@site/src/components/StudyProgress/progressStore';
import { dueToday } from '@site/src/components/StudyProgress/reviewSchedule';
import styles from '@site/src/components/StudyProgress/styles.module.css';
import { useQuestionsIndex } from '@site/src/components/StudyProgress/questionsIndex';

function ReviewList(): React.ReactElement {
  const index = useQuestionsIndex();
  const marks = useMarks();
  const review = index?.categories.flatMap((c) => c.questions.filter((q) => marks[q.key] === 'review').map((q) => ({ ...q, category: c.label }))) ?? [];
  if (!index) return <p>正在加载题目清单…</p>;
  if (review.length === 0) return <p>还没有标记为“需复习”的题。</p>;
  return (
    <ul>
      {review.map((q) => (
        <li key={q.key}>
          <Link className={styles.listLink} to={q.url}>
            {q.title}
          </Link>
          （{q.category} · {q.page}）
        </li>
      ))}
    </ul>
  );
}

/** 今日复习：排程到今天（或更早）的题，和标了“需复习”但还没评过分的题，最早到期的在前。 */
function TodayReview(): React.ReactElement {
  const index = useQuestionsIndex();
  const marks = useMarks();
  const cards = useReviewCards();
  if (!index) return <p>正在加载题目清单…</p>;
  const byKey = new Map(index.categories.flatMap((c) => c.questions.map((q) => [q.key, { ...q, category: c.label }] as const)));
  const reviewMarked = Object.entries(marks).filter(([, m]) => m === 'review').map(([k]) => k);
  const due = dueToday(cards, reviewMarked, new Date()).filter((d) => byKey.has(d.key));
  const scheduled = Object.keys(cards).length;
  if (due.length === 0) {
    return <p>{scheduled ? `今天没有要复习的题（复习计划里共 ${scheduled} 道）。` : '还没有复习计划：在题目下给自己的回答评分（忘了 / 模糊 / 记得 / 很熟），或标记“需复习”。'}</p>;
  }
  return (
    <>
      <p>今天要复习 {due.length} 道：打开题目，先自己回答，看过答案后评分，下一次复习的日子会自动排好。</p>
      <ol data-testid="today-review">
        {due.map(({ key }) => {
          const q = byKey.get(key)!;
          return (
            <li key={key}>
              <Link className={styles.listLink} to={q.url}>
                {q.title}
              </Link>
              （{q.category} · {q.page}）
            </li>
          );
        })}
      </ol>
    </>
  );
}

export default function ProgressPage(): React.ReactElement {
  return (
    <Layout title="学习进度" description="各分类已掌握的题数、需复习的题，以及进度的导出和导入。">
      <main className="container margin-vert--lg">
        <Heading as="h1">学习进度</Heading>
        <p>
          在每道题标题下方点“已掌握”或“需复习”。进度只保存在当前浏览器里（localStorage），换浏览器或清理数据前请先导出；导入时与现有标记合并，文件里的标记优先。
        </p>
        <section aria-labelledby="by-category">
          <Heading as="h2" id="by-category">
            各分类进度
          </Heading>
          <HandbookProgress />
        </section>
        <section aria-labelledby="today">
          <Heading as="h2" id="today">
            今日复习
          </Heading>
          <TodayReview />
        </section>
        <section aria-labelledby="review">
          <Heading as="h2" id="review">
            需复习
          </Heading>
          <ReviewList />
        </section>
        <section aria-labelledby="transfer">
          <Heading as="h2" id="transfer">
            导出与导入
          </Heading>
          <ProgressTransfer />
        </section>
        <section aria-labelledby="offline">
          <Heading as="h2" id="offline">
            离线阅读
          </Heading>
          <OfflineCopyPanel />
        </section>
      </main>
    </Layout>
  );
}
