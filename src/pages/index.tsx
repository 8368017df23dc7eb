import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import { CATEGORIES } from '@site/src/data/categories';
import HandbookProgress from '@site/src/components/StudyProgress/HandbookProgress';
import styles from './index.module.css';

const GROUPS: Array<{ title: string; ids: string[] }> = [
  { title: 'Go 与系统基础', ids: ['go-basics', 'go-concurrency', 'go-runtime', 'os-network'] },
  { title: '存储与中间件', ids: ['mysql', 'redis', 'mq'] },
  { title: '分布式与系统设计', ids: ['distributed', 'system-design'] },
  { title: 'Java 生态与综合', ids: ['java', 'jvm', 'spring', 'algorithms', 'engineering-practice'] },
];

export default function Home(): React.ReactElement {
  const byId = new Map(CATEGORIES.map((c) => [c.id, c]));
  return (
    <Layout title="首页" description="面向后端工程师的面试手册：原理讲透，追问答全，示例代码在页面里直接运行。">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            后端面试手册
          </Heading>
          <p className={styles.lead}>
            一本按主题整理的后端面试题集：每道题先给面试时能直接说出口的速答，再讲清机制、取舍和常见追问。
            常见面经里的错误和过时说法在相应位置用“勘误”标出，机制配了图示，代码示例可以在页面里编辑、运行。
          </p>
          <div className={styles.ctas}>
            <Link className="button button--primary button--lg" to="/docs/go-concurrency">
              从 Go 并发开始
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/mysql">
              从 MySQL 开始
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section className={styles.howto} aria-labelledby="how-to-read">
          <Heading as="h2" id="how-to-read">
            怎么读
          </Heading>
          <ul>
            <li>
              <strong>速答</strong>：每题开头的绿色方框，两到五句话，先试着自己回答再看。
            </li>
            <li>
              <strong>详解与追问</strong>：机制、数字和面试官接下来会问的问题。
            </li>
            <li>
              <strong>可运行示例</strong>：TypeScript 版本在浏览器的隔离沙箱里运行，不需要网络；同一段程序的 Go 或 Java 版本放在旁边的标签页里，输出和它一致。
            </li>
            <li>
              <strong>自测模式</strong>：文档页标题上方的开关，打开后速答和详解先折叠起来，自己答完再点“显示答案”，换页也保持开启。
            </li>
            <li>
              <strong>搜索</strong>：右上角搜索支持中文分词，离线可用，能搜到正文里的段落，比如“幻读”“令牌桶”。
            </li>
          </ul>
        </section>
        <section className={styles.group} aria-labelledby="study-progress">
          <Heading as="h2" id="study-progress">
            学习进度
          </Heading>
          <p>
            每道题标题下方可以标记“已掌握”或“需复习”，进度只保存在这个浏览器里，可以在<Link className={styles.inlineLink} to="/progress">学习进度页</Link>导出备份或导入。
          </p>
          <HandbookProgress />
        </section>
        {GROUPS.map((g) => (
          <section key={g.title} className={styles.group} aria-label={g.title}>
            <Heading as="h2">{g.title}</Heading>
            <div className={styles.grid}>
              {g.ids.map((id) => {
                const c = byId.get(id)!;
                return (
                  <Link key={id} to={`/docs/${id}`} className={styles.card}>
                    <span className={styles.cardTitle}>{c.label}</span>
                    <span className={styles.cardText}>{c.summary}</span>
                  </Link>
                );
              })}
            </div>
          </section>
        ))}
      </main>
    </Layout>
  );
}
