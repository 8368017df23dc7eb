import React, { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import clsx from 'clsx';
import CodeView from './CodeView';
import ConsolePanel from './ConsolePanel';
import ExpectedOutput from './ExpectedOutput';
import PrintView from './PrintView';
import PlaygroundBoundary from './PlaygroundBoundary';
import { preloadSandbox, useSandboxRun } from './useSandboxRun';
import { useTypecheck } from './useTypecheck';
import { formatDiagnostic } from '@site/src/runner/typecheck/protocol';
import { ORIGINAL_LABEL, type EditorApi, type Example } from './types';
import styles from './styles.module.css';

const LiveEditor = React.lazy(() => import('./LiveEditor'));

function useNearViewport(ref: React.RefObject<HTMLElement | null>, onNear: () => void): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          onNear();
        }
      },
      { rootMargin: '400px 0px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref, onNear]);
}

function StaticFiles({ example }: { example: Example }) {
  const [active, setActive] = useState(0);
  const file = example.files[active]!;
  return (
    <div className={styles.staticFiles}>
      {example.files.length > 1 && (
        <div className={styles.fileTabs} role="tablist" aria-label="文件">
          {example.files.map((f, i) => (
            <button key={f.name} type="button" role="tab" aria-selected={i === active} className={clsx(styles.fileTab, i === active && styles.fileTabActive)} onClick={() => setActive(i)}>
              {f.name}
            </button>
          ))}
        </div>
      )}
      <CodeView file={file} title={example.files.length > 1 ? undefined : file.name} />
    </div>
  );
}

function OriginalView({ example }: { example: Example }) {
  const original = example.original!;
  return (
    <div className={styles.original}>
      {original.files.map((f) => (
        <CodeView key={f.name} file={f} title={f.name} />
      ))}
      {example.goMode === 'compile-error' ? (
        <p className={styles.note}>这段 Go 代码故意写错，Go 编译器会拒绝它。</p>
      ) : (
        <ExpectedOutput example={example} label={`${original.lang === 'go' ? 'Go' : 'Java'} 版本的输出`} testId="original-expected" />
      )}
    </div>
  );
}

/** 页面里的可运行示例：TypeScript 移植可编辑、可运行；有 Go/Java 版本时并排成标签页。 */
function PlaygroundBody({ example }: { example: Example }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const editorApi = useRef<EditorApi>(null);
  const [tab, setTab] = useState<'ts' | 'original'>('ts');
  // 原文标签页第一次打开时才渲染（之后保留）：服务端 HTML 和水合都不含它。
  const [originalOpened, setOriginalOpened] = useState(false);
  const showOriginal = () => {
    setOriginalOpened(true);
    setTab('original');
  };
  const [wantEditor, setWantEditor] = useState(false);
  const [copied, setCopied] = useState(false);
  const { output, state, run, clear, frameUrl } = useSandboxRun(example);
  const typecheckFiles = useTypecheck(example);
  const [blockOnTypeError, setBlockOnTypeError] = useState(false);

  const loadEditor = useCallback(() => setWantEditor(true), []);
  useNearViewport(rootRef, loadEditor);
  const onEditorReady = useCallback(() => preloadSandbox(frameUrl), [frameUrl]);

  const currentFiles = (): Record<string, string> =>
    editorApi.current?.getFiles() ?? Object.fromEntries(example.files.map((f) => [f.name, f.code]));

  const onRun = () => {
    setWantEditor(true);
    setTab('ts');
    const files = currentFiles();
    // 像 go build 一样：改过的代码先做类型检查，错误列在输出里；勾选了“类型错误时不运行”就停在这里。
    void run(files, async () => {
      const diagnostics = await typecheckFiles(files);
      if (!diagnostics?.length) return null;
      return { report: `${diagnostics.map(formatDiagnostic).join('\n')}\n`, block: blockOnTypeError };
    });
  };
  const onReset = () => {
    editorApi.current?.reset();
    clear();
  };
  const onCopy = async () => {
    const text =
      tab === 'original' && example.original
        ? example.original.files.map((f) => f.code).join('\n')
        : editorApi.current?.getActiveCode() ?? example.files[0]!.code;
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };

  const tabId = `pg-${example.id.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <figure ref={rootRef} className={styles.playground} data-example={example.id} onFocusCapture={loadEditor} onPointerEnter={loadEditor}>
      <figcaption className={styles.header}>
        <span className={styles.title}>{example.title}</span>
        <span className={clsx(styles.actions, 'search-ignore')}>
          <button type="button" className={clsx('button button--sm button--primary', styles.runButton)} onClick={onRun} disabled={state.status === 'running'} aria-label={`运行：${example.title}`}>
            ▶ 运行
          </button>
          <button type="button" className="button button--sm button--secondary" onClick={onReset}>
            重置
          </button>
          <button type="button" className="button button--sm button--secondary" onClick={() => void onCopy()}>
            {copied ? '已复制' : '复制'}
          </button>
        </span>
      </figcaption>
      {example.original && (
        <div className={clsx(styles.langTabs, styles.screenOnly, 'search-ignore')} role="tablist" aria-label="语言">
          <button type="button" role="tab" id={`${tabId}-ts`} aria-selected={tab === 'ts'} aria-controls={`${tabId}-ts-panel`} className={clsx(styles.langTab, tab === 'ts' && styles.langTabActive)} onClick={() => setTab('ts')}>
            TypeScript（可运行）
          </button>
          <button type="button" role="tab" id={`${tabId}-orig`} aria-selected={tab === 'original'} aria-controls={`${tabId}-orig-panel`} className={clsx(styles.langTab, tab === 'original' && styles.langTabActive)} onClick={showOriginal}>
            {ORIGINAL_LABEL[example.original.lang]}
          </button>
        </div>
      )}
      <div id={`${tabId}-ts-panel`} role={example.original ? 'tabpanel' : undefined} aria-labelledby={example.original ? `${tabId}-ts` : undefined} hidden={tab !== 'ts'} className={clsx(styles.panel, styles.screenOnly)}>
        <div className={styles.editor} data-live={wantEditor ? 'true' : 'false'}>
          {wantEditor ? (
            <Suspense fallback={<StaticFiles example={example} />}>
              <LiveEditor example={example} apiRef={editorApi} onReady={onEditorReady} lint={typecheckFiles} />
            </Suspense>
          ) : (
            <StaticFiles example={example} />
          )}
        </div>
        {wantEditor && (
          <label className={clsx(styles.option, 'search-ignore')}>
            <input type="checkbox" checked={blockOnTypeError} onChange={(e) => setBlockOnTypeError(e.target.checked)} /> 类型错误时不运行
          </label>
        )}
        <ConsolePanel state={state} output={output} expected={example.expected} expectedStderr={example.expectedStderr} exitCode={example.exitCode} />
      </div>
      {example.original && (
        <div id={`${tabId}-orig-panel`} role="tabpanel" aria-labelledby={`${tabId}-orig`} hidden={tab !== 'original'} className={clsx(styles.panel, styles.screenOnly)}>
          {originalOpened ? <OriginalView example={example} /> : null}
        </div>
      )}
      <PrintView example={example} />
    </figure>
  );
}

export default function Playground({ example }: { example: Example }) {
  return (
    <PlaygroundBoundary title={example.title}>
      <PlaygroundBody example={example} />
    </PlaygroundBoundary>
  );
}
