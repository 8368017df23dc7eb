import React, { createContext, useContext, useEffect, useRef, useState } from 'react';
import clsx from 'clsx';
import copyText from 'copy-text-to-clipboard';
import { useLocation } from '@docusaurus/router';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { gradeQuestion, loadScheduler, setMark, useMarks, useReviewCards } from '../StudyProgress/progressStore';
import { GRADES } from '../StudyProgress/reviewSchedule';
import { questionKey, type Mark } from '../StudyProgress/types';
import { useSelfTestMode } from './selfTestMode';
import styles from './styles.module.css';

/*
 * remark-question-sections 生成的结构：
 *   <QuestionSection> ## 标题 · <QuestionToolbar/> · 速答与详解 · <QuestionFollowups/> </QuestionSection>
 * 答案是工具条和追问之间的兄弟节点；自测模式下由 CSS 隐藏，点“显示答案”给本题加上 revealed。
 */

interface QuestionState {
  /** 题目标题的锚点。 */
  id: string;
  questionKey: string;
  title: string;
  selfTest: boolean;
  folded: boolean;
  toggle(): void;
}

const QuestionContext = createContext<QuestionState | null>(null);

/** 深链接（目录、搜索结果、别的页面）指向本题或题里折起来的部分：先展开，等布局更新后再滚到目标。 */
function useRevealOnHash(sectionRef: React.RefObject<HTMLDivElement | null>, folded: boolean, reveal: () => void): void {
  const { hash } = useLocation();
  useEffect(() => {
    const section = sectionRef.current;
    if (!folded || !hash || !section) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target || !section.contains(target)) return;
    reveal();
    requestAnimationFrame(() => requestAnimationFrame(() => target.scrollIntoView()));
  }, [hash, folded, reveal, sectionRef]);
}

/** 自测时的“下一题”：滚到下一道题的标题并把焦点放上去（不改地址栏，下一题保持折叠）。 */
function goToNextQuestion(from: HTMLElement | null): void {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-question]')];
  const next = sections[sections.findIndex((s) => s.contains(from)) + 1];
  const heading = next?.querySelector<HTMLElement>('h2');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

export function QuestionSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }): React.ReactElement {
  const { metadata } = useDoc();
  const [selfTest] = useSelfTestMode();
  const [revealed, setRevealed] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const folded = selfTest && !revealed;
  const reveal = React.useCallback(() => setRevealed(true), []);
  useRevealOnHash(ref, folded, reveal);
  const state: QuestionState = { id, questionKey: questionKey(metadata.id, id), title, selfTest, folded, toggle: () => setRevealed((r) => !r) };
  return (
    <QuestionContext.Provider value={state}>
      <div ref={ref} className={clsx(styles.section, revealed && styles.revealed)} data-question={state.questionKey}>
        {children}
      </div>
    </QuestionContext.Provider>
  );
}

function MarkButton({ mark, current, questionKey: key, children }: { mark: Mark; current: Mark | undefined; questionKey: string; children: string }) {
  const pressed = current === mark;
  return (
    <button type="button" className={clsx(styles.button, styles.mark, styles[mark])} aria-pressed={pressed} onClick={() => setMark(key, pressed ? null : mark)}>
      {children}
    </button>
  );
}

/** 复制本题的直接链接（页面地址 + 标题锚点）。用 execCommand 的库而非 navigator.clipboard：http 局域网地址上也能用。 */
function CopyLinkButton({ id, title }: { id: string; title: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = () => {
    const { origin, pathname } = window.location;
    setStatus(copyText(`${origin}${pathname}#${encodeURIComponent(id)}`) ? 'copied' : 'failed');
  };
  const label = status === 'copied' ? '已复制链接' : status === 'failed' ? '复制失败，请用标题旁的 #' : '复制链接';
  return (
    <button type="button" className={clsx(styles.button, styles.copyLink)} onClick={copy} aria-label={`${label}：${title}`}>
      <span aria-live="polite">{label}</span>
    </button>
  );
}

const DAY_MS = 24 * 3600 * 1000;

function describeDue(due: Date, now: Date): string {
  const days = Math.round((due.getTime() - now.getTime()) / DAY_MS);
  if (days <= 0) return '今天再看一次';
  return `${days} 天后（${due.getMonth() + 1} 月 ${due.getDate()} 日）`;
}

/** 间隔复习的评分：答完、看过答案之后给自己打分，FSRS 排出下一次复习的日子。 */
function ReviewGrades({ questionKey: key, title }: { questionKey: string; title: string }) {
  const cards = useReviewCards();
  const card = cards[key];
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadScheduler().catch(() => undefined);
  }, []);
  const grade = (g: (typeof GRADES)[number]['grade']) => {
    setFailed(false);
    gradeQuestion(key, g).catch(() => setFailed(true));
  };
  return (
    <div className={styles.grades} role="group" aria-label={`复习评分：${title}`}>
      <span className={styles.gradesLabel}>这题答得怎样？</span>
      {GRADES.map((g) => (
        <button key={g.grade} type="button" className={clsx(styles.button, styles.grade)} onClick={() => grade(g.grade)}>
          {g.label}
        </button>
      ))}
      {card && <span className={styles.nextReview}>下次复习：{describeDue(new Date(card.due), new Date())}</span>}
      {failed && (
        <span className={styles.nextReview} role="alert">
          评分没有保存：排程程序没能加载（离线且还没缓存），联网后再试一次。
        </span>
      )}
    </div>
  );
}

export function QuestionToolbar(): React.ReactElement | null {
  const q = useContext(QuestionContext);
  const marks = useMarks();
  const cards = useReviewCards();
  if (!q) return null;
  const current = marks[q.questionKey];
  // 自测时看过答案才评分；平时只对已在复习计划里（标了需复习或评过分）的题显示。
  const showGrades = q.selfTest ? !q.folded : current === 'review' || q.questionKey in cards;
  return (
    <div className={clsx(styles.toolbar, 'search-ignore')}>
      <button type="button" className={clsx(styles.button, styles.reveal)} aria-expanded={!q.folded} onClick={q.toggle}>
        {/* 两个文案都渲染，由 CSS 按折叠状态选一个：水合之前显示的也是对的。 */}
        <span className={styles.showLabel}>显示答案</span>
        <span className={styles.hideLabel}>隐藏答案</span>
      </button>
      <button type="button" className={clsx(styles.button, styles.next)} onClick={(e) => goToNextQuestion(e.currentTarget)}>
        下一题
      </button>
      <span className={styles.hint}>先自己回答，再展开速答、详解和追问的答案</span>
      <CopyLinkButton id={q.id} title={q.title} />
      <div className={styles.marks} role="group" aria-label={`标记本题：${q.title}`}>
        <MarkButton mark="mastered" current={current} questionKey={q.questionKey}>
          已掌握
        </MarkButton>
        <MarkButton mark="review" current={current} questionKey={q.questionKey}>
          需复习
        </MarkButton>
      </div>
      {showGrades && <ReviewGrades questionKey={q.questionKey} title={q.title} />}
    </div>
  );
}

export function QuestionFollowups({ children }: { children: React.ReactNode }): React.ReactElement {
  return <div className={styles.followups}>{children}</div>;
}
