import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import HandbookProgress from '@site/src/components/StudyProgress/HandbookProgress';
import ProgressTransfer from '@site/src/components/StudyProgress/ProgressTransfer';
import { useMarks } from '@site/src/components/StudyProgress/progressStore';
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
          <Link to={q.url}>{q.title}</Link>（{q.category} · {q.page}）
        </li>
      ))}
    </ul>
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
      </main>
    </Layout>
  );
}
