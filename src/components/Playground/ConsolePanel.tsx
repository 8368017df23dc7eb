import React from 'react';
import clsx from 'clsx';
import type { OutputChunk, RunState } from './useSandboxRun';
import styles from './styles.module.css';

const KIND_LABEL: Record<string, string> = {
  ok: '运行结束',
  exit: '程序退出',
  error: '出错',
  syntax: '语法错误',
  truncated: '输出已截断',
  timeout: '已终止',
  stopped: '已停止',
  typecheck: '类型错误',
};

function StatusLine({ state, exampleExit }: { state: RunState; exampleExit: number }) {
  if (state.status === 'idle') return <span>预期输出 · 按“运行”在浏览器里执行</span>;
  if (state.status === 'running')
    return (
      <span className={styles.running}>
        <span className={styles.spinner} aria-hidden="true" />
        运行中…
      </span>
    );
  const { result, elapsedMs } = state;
  const failed = result.kind !== 'ok' && !(result.kind === 'exit' && result.exitCode === exampleExit);
  return (
    <span className={clsx(failed && styles.statusError)} data-exit-kind={result.kind}>
      {KIND_LABEL[result.kind] ?? result.kind} · 用时 {Math.round(elapsedMs)} ms · 退出码 {result.exitCode}
      {result.message ? ` · ${result.message}` : ''}
    </span>
  );
}

export default function ConsolePanel({
  state,
  output,
  expected,
  expectedStderr,
  exitCode,
}: {
  state: RunState;
  output: OutputChunk[];
  expected: string;
  expectedStderr: string | null;
  exitCode: number;
}) {
  const shown: OutputChunk[] =
    state.status === 'idle'
      ? [{ stream: 'stdout', text: expected }, ...(expectedStderr ? [{ stream: 'stderr' as const, text: `${expectedStderr}\n` }] : [])]
      : output;
  return (
    <div className={clsx(styles.console, 'search-ignore')}>
      <div className={styles.consoleHeader} role="status" aria-live="polite">
        <StatusLine state={state} exampleExit={exitCode} />
      </div>
      <pre className={styles.consoleBody} tabIndex={0} aria-label="输出" data-testid="playground-output" data-state={state.status} data-run={state.status === 'idle' ? 0 : state.runId}>
        {shown.map((c, i) => (
          <span key={i} className={c.stream === 'stderr' ? styles.stderr : undefined} data-stream={c.stream}>
            {c.text}
          </span>
        ))}
      </pre>
    </div>
  );
}
