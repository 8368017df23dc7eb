// 导航栏的搜索框（navbar 的 type: 'search' 渲染 @theme/SearchBar）：组合框 + 建议列表（WAI-ARIA combobox 模式）。
// ↑↓ 选择，Enter 打开选中的问题（没有选中时打开搜索页），Esc 关闭；“查看全部结果”打开 /search?q=…。
import React, { useEffect, useId, useRef, useState } from 'react';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { bestPassages, highlightTitle, type Highlighted, type SearchResults } from '@site/src/search/engine';
import { countText, resultHref, runSearch, searchEngine, LOAD_ERROR } from '@site/src/search/client';
import Highlight from '@site/src/search/Highlight';
import styles from './styles.module.css';

/** 下拉框里显示的结果数（与 scripts/lib/search-figures.ts 的 DROPDOWN_RESULTS 一致）。 */
const SHOWN = 8;

export default function SearchBar(): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  const baseUrl = siteConfig.baseUrl;
  const history = useHistory();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<SearchResults | null>(null);
  const [snippets, setSnippets] = useState<Record<number, Highlighted>>({});
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const latest = useRef('');

  useEffect(() => {
    const q = query.trim();
    latest.current = q;
    if (!q) {
      setResults(null);
      return;
    }
    const timer = window.setTimeout(() => {
      runSearch(baseUrl, q)
        .then(({ engine, results: r }) => {
          if (latest.current !== q) return;
          setError(null);
          setResults(r);
          setActive(-1);
          setSnippets({});
          for (const hit of r.results.slice(0, SHOWN)) {
            void engine.text(hit.record).then((passages) => {
              if (latest.current !== q) return;
              const [best] = bestPassages(passages, r.units, 1);
              if (best) setSnippets((s) => ({ ...s, [hit.record]: best }));
            });
          }
        })
        .catch(() => latest.current === q && setError(LOAD_ERROR));
    }, 80);
    return () => window.clearTimeout(timer);
  }, [query, baseUrl]);

  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const shown = results?.results.slice(0, SHOWN) ?? [];
  const allHref = `${baseUrl}search?q=${encodeURIComponent(query.trim())}`;
  const go = (href: string) => {
    setOpen(false);
    history.push(href);
  };
  const expanded = open && query.trim().length > 0;

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (shown.length === 0) return;
      const n = shown.length;
      setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter') {
      if (!query.trim()) return;
      e.preventDefault();
      const hit = active >= 0 ? shown[active] : undefined;
      go(hit ? resultHref(baseUrl, hit.url, query.trim()) : allHref);
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else setQuery('');
    }
  };

  return (
    <div className={styles.searchBar} ref={root}>
      <label htmlFor={id} className={styles.visuallyHidden}>
        搜索手册
      </label>
      <input
        id={id}
        className={clsx('navbar__search-input', styles.input)}
        type="search"
        role="combobox"
        placeholder="搜索问题"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          void searchEngine(baseUrl).meta().catch(() => undefined);
        }}
        onKeyDown={onKeyDown}
      />
      <div className={clsx(styles.dropdown, !expanded && styles.hidden)}>
        <ul role="listbox" id={listId} aria-label="搜索建议" className={styles.list}>
          {expanded &&
            shown.map((hit, i) => {
              const snippet = snippets[hit.record];
              return (
                <li
                  key={hit.record}
                  id={`${id}-opt-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={clsx(styles.option, i === active && styles.active)}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => go(resultHref(baseUrl, hit.url, query.trim()))}
                >
                  <span className={styles.title}>
                    <Highlight value={highlightTitle(hit.title, results!.units)} />
                  </span>
                  <span className={styles.where}>
                    {hit.category} · {hit.kind === 'question' ? hit.page : '页面'}
                  </span>
                  {snippet && (
                    <span className={styles.snippet}>
                      <Highlight value={snippet} />
                    </span>
                  )}
                </li>
              );
            })}
        </ul>
        {expanded && (
          <div className={styles.footer}>
            <span role="status">{error ?? (results ? countText(results) : '正在搜索…')}</span>
            <a
              href={allHref}
              onClick={(e) => {
                e.preventDefault();
                go(allHref);
              }}
            >
              查看全部结果
            </a>
          </div>
        )}
      </div>
    </div>
  );
}
