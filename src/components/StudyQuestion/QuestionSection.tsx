import React, { createContext, useContext, useEffect, useRef, useState } from 'react';
import clsx from 'clsx';
import { useLocation } from '@docusaurus/router';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { setMark, useMarks } from '../StudyProgress/progressStore';
import { questionKey, type Mark } from '../StudyProgress/types';
import { useSelfTestMode } from './selfTestMode';
import styles from './styles.module.css';

/*
 * remark-question-sections 生成的结构：
 *   <QuestionSection> ## 标题 · <QuestionToolbar/> · 速答与详解 · <QuestionFollowups/> </QuestionSection>
 * 答案是工具条和追问之间的兄弟节点；自测模式下由 CSS 隐藏，点“显示答案”给本题加上 revealed。
 */

interface QuestionState {
  questionKey: string;
  title: string;
  folded: boolean;
  toggle(): void;
}

const QuestionContext = createContext<QuestionState | null>(null);

function useRevealOnHash(sectionRef: React.RefObject<HTMLDivElement | null>, folded: boolean, reveal: () => void): void {
  const { hash } = useLocation();
  useEffect(() => {
    const section = sectionRef.current;
    if (!folded || !hash || !section) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target || !section.contains(target) || target.offsetParent !== null) return;
    // 锚点（目录、搜索结果）指向折叠起来的详解：先展开，再滚过去。
    reveal();
    requestAnimationFrame(() => target.scrollIntoView());
  }, [hash, folded, reveal, sectionRef]);
}

export function QuestionSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }): React.ReactElement {
  const { metadata } = useDoc();
  const [selfTest] = useSelfTestMode();
  const [revealed, setRevealed] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const folded = selfTest && !revealed;
  const reveal = React.useCallback(() => setRevealed(true), []);
  useRevealOnHash(ref, folded, reveal);
  const state: QuestionState = { questionKey: questionKey(metadata.id, id), title, folded, toggle: () => setRevealed((r) => !r) };
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

export function QuestionToolbar(): React.ReactElement | null {
  const q = useContext(QuestionContext);
  const marks = useMarks();
  if (!q) return null;
  const current = marks[q.questionKey];
  return (
    <div className={clsx(styles.toolbar, 'search-ignore')}>
      <button type="button" className={clsx(styles.button, styles.reveal)} aria-expanded={!q.folded} onClick={q.toggle}>
        {/* 两个文案都渲染，由 CSS 按折叠状态选一个：水合之前显示的也是对的。 */}
        <span className={styles.showLabel}>显示答案</span>
        <span className={styles.hideLabel}>隐藏答案</span>
      </button>
      <span className={styles.hint}>先自己回答，再展开速答和详解</span>
      <div className={styles.marks} role="group" aria-label={`标记本题：${q.title}`}>
        <MarkButton mark="mastered" current={current} questionKey={q.questionKey}>
          已掌握
        </MarkButton>
        <MarkButton mark="review" current={current} questionKey={q.questionKey}>
          需复习
        </MarkButton>
      </div>
    </div>
  );
}

export function QuestionFollowups({ children }: { children: React.ReactNode }): React.ReactElement {
  return <div className={styles.followups}>{children}</div>;
}
