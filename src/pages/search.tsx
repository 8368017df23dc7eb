// 搜索结果页 /search?q=…：每道题一条（标题是问题本身，旁边是页面和分类），每道题最多两段命中的摘要。
// 摘要的正文在结果滚到附近时才下载。
import React, { useEffect, useRef, useState } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { highlightTitle, type Highlighted, type SearchResult, type SearchResults } from '@site/src/search/engine';
import { countText, resultHref, runSearch, searchEngine, LOAD_ERROR } from '@site/src/search/client';
import Highlight from '@site/src/search/Highlight';
import styles from './search.module.css';

function ResultItem({ hit, results, baseUrl }: { hit: SearchResult; results: SearchResults; baseUrl: string }): React.ReactElement {
  const ref = useRef<HTMLLIElement>(null);
  const [hits, setHits] = useState<Highlighted[] | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cancelled = false;
    const obs = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        obs.disconnect();
        void searchEngine(baseUrl)
          .hits(hit, results.units, 2)
          .then((h) => !cancelled && setHits(h))
          .catch(() => undefined);
      },
      { rootMargin: '400px 0px' },
    );
    obs.observe(el);
    return () => {
      cancelled = true;
      obs.disconnect();
    };
  }, [hit, results, baseUrl]);
  const href = resultHref(baseUrl, hit.url, results.query);
  return (
    <li ref={ref} className={styles.result} data-question={hit.url}>
      <div className={styles.crumbs}>
        <span className={styles.category}>{hit.category}</span>
        <span>{hit.kind === 'question' ? `${hit.page} ›` : '页面'}</span>
      </div>
      <h2 className={styles.title}>
        <Link to={href}>
          <Highlight value={highlightTitle(hit.title, results.units)} />
        </Link>
      </h2>
      {hits?.map((h, i) => (
        <p key={i} className={styles.snippet} data-hit="">
          <Highlight value={h} />
        </p>
      ))}
    </li>
  );
}

export default function SearchPage(): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  const baseUrl = siteConfig.baseUrl;
  const location = useLocation();
  const history = useHistory();
  // 静态 HTML 里没有查询：水合之前按空查询渲染，否则与服务器端渲染的结果不一致（React #418）。
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const q = mounted ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [input, setInput] = useState(q);
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setInput(q), [q]);
  useEffect(() => {
    const query = q.trim();
    if (!query) {
      setResults(null);
      return;
    }
    let cancelled = false;
    runSearch(baseUrl, query)
      .then(({ results: r }) => !cancelled && (setResults(r), setError(null)))
      .catch(() => !cancelled && setError(LOAD_ERROR));
    return () => {
      cancelled = true;
    };
  }, [q, baseUrl]);

  return (
    <Layout title={q ? `搜索“${q}”` : '搜索'} description="在整本手册里按问题搜索">
      <main className="container margin-vert--lg">
        <article className={styles.page}>
          <h1>{q ? `搜索“${q}”` : '搜索手册'}</h1>
          <form
            role="search"
            className={styles.form}
            onSubmit={(e) => {
              e.preventDefault();
              history.replace(`${baseUrl}search?q=${encodeURIComponent(input.trim())}`);
            }}
          >
            <label htmlFor="search-page-input" className={styles.label}>
              搜索问题
            </label>
            <input
              id="search-page-input"
              className={styles.input}
              type="search"
              value={input}
              placeholder="例如：幻读、令牌桶、双亲委派"
              onChange={(e) => {
                setInput(e.target.value);
                history.replace(`${baseUrl}search?q=${encodeURIComponent(e.target.value)}`);
              }}
            />
          </form>
          <p role="status" className={styles.count}>
            {error ?? (q.trim() ? (results ? countText(results) : '正在搜索…') : '输入问题里的关键词，例如“最左前缀”“零拷贝”。')}
          </p>
          {results && results.results.length > 0 && (
            <ol className={styles.results}>
              {results.results.map((hit) => (
                <ResultItem key={hit.record} hit={hit} results={results} baseUrl={baseUrl} />
              ))}
            </ol>
          )}
        </article>
      </main>
    </Layout>
  );
}
