import { useCallback, useEffect, useRef, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { RunResult, Stream } from '@site/src/runner/engine/protocol';
import type { Example } from './types';

export interface OutputChunk {
  stream: Stream;
  text: string;
}

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; runId: number }
  | { status: 'done'; runId: number; result: RunResult; elapsedMs: number };

/** 标签页在后台超过这么久，正在进行的运行就被叫停。 */
const HIDDEN_STOP_MS = 60_000;

function loadRunner() {
  return Promise.all([import('@site/src/runner/client'), import('@site/generated/runner/lib-sources.json')]);
}

/** 预先加载运行器并创建沙箱 iframe（编辑器出现时调用），第一次运行就不用等。 */
export function preloadSandbox(frameUrl: string): void {
  void loadRunner().then(([client]) => client.getSandbox(frameUrl).warmUp());
}

/** 把输出块接到已有输出后面：相邻的同一流合成一块，DOM 里的 span 数只随流的切换增长。 */
export function appendChunks(prev: OutputChunk[], incoming: OutputChunk[]): OutputChunk[] {
  const next = prev.slice();
  for (const c of incoming) {
    const last = next[next.length - 1];
    if (last && last.stream === c.stream) next[next.length - 1] = { stream: c.stream, text: last.text + c.text };
    else next.push(c);
  }
  return next;
}

export function useSandboxRun(example: Example) {
  const frameUrl = useBaseUrl('/runner/frame.js');
  const [output, setOutput] = useState<OutputChunk[]>([]);
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const runCounter = useRef(0);
  /** 沙箱分配的运行编号，叫停时用。 */
  const sandboxRun = useRef<{ id: number; stop: (id: number) => void } | null>(null);
  const pending = useRef<OutputChunk[]>([]);
  const frame = useRef<number | null>(null);

  const flush = useCallback(() => {
    frame.current = null;
    const batch = pending.current;
    pending.current = [];
    if (batch.length) setOutput((prev) => appendChunks(prev, batch));
  }, []);

  const stop = useCallback((message: string) => {
    const active = sandboxRun.current;
    sandboxRun.current = null;
    if (!active) return;
    active.stop(active.id);
    const runId = runCounter.current;
    setState((s) => (s.status === 'running' ? { status: 'done', runId, result: { kind: 'stopped', exitCode: 1, message }, elapsedMs: 0 } : s));
  }, []);

  /**
   * 运行 files。check 在运行前做（类型检查）：返回要先显示在输出里的文字（比如类型错误），
   * 以及是否因此不运行。
   */
  const run = useCallback(
    async (files: Record<string, string>, check?: () => Promise<{ report: string; block: boolean } | null>) => {
      const runId = ++runCounter.current;
      pending.current = [];
      setOutput([]);
      setState({ status: 'running', runId });
      const checked = check ? await check() : null;
      if (runId !== runCounter.current) return;
      if (checked?.report) setOutput([{ stream: 'stderr', text: checked.report }]);
      if (checked?.block) {
        setState({ status: 'done', runId, result: { kind: 'typecheck', exitCode: 1, message: '有类型错误，没有运行（可以取消勾选“类型错误时不运行”）。' }, elapsedMs: 0 });
        return;
      }
      const [client, libModule] = await loadRunner();
      if (runId !== runCounter.current) return;
      const libSources: Record<string, string> = libModule.default;
      const libs = Object.fromEntries(example.libs.map((name) => [name, libSources[name] ?? '']));
      const sandbox = client.getSandbox(frameUrl);
      const id = sandbox.run(
        { files: { ...libs, ...files }, timeoutMs: example.timeoutMs },
        {
          onOutput: (stream, text) => {
            if (runId !== runCounter.current) return;
            pending.current.push({ stream, text });
            // 一帧最多更新一次 DOM，不管沙箱发来多少块。
            frame.current ??= requestAnimationFrame(flush);
          },
          onDone: (result, elapsedMs) => {
            if (runId !== runCounter.current) return;
            sandboxRun.current = null;
            if (frame.current !== null) cancelAnimationFrame(frame.current);
            flush();
            setState({ status: 'done', runId, result, elapsedMs });
          },
        },
      );
      sandboxRun.current = { id: await id, stop: (n) => sandbox.stop(n) };
    },
    [example, frameUrl, flush],
  );

  const clear = useCallback(() => {
    runCounter.current++;
    sandboxRun.current?.stop(sandboxRun.current.id);
    sandboxRun.current = null;
    pending.current = [];
    setOutput([]);
    setState({ status: 'idle' });
  }, []);

  // 组件卸载（包括站内跳转到别的页面）时叫停；标签页在后台太久也叫停。
  useEffect(() => {
    let hiddenTimer: ReturnType<typeof setTimeout> | null = null;
    const onVisibility = () => {
      if (hiddenTimer) clearTimeout(hiddenTimer);
      hiddenTimer = document.hidden ? setTimeout(() => stop('标签页在后台太久，已停止运行。'), HIDDEN_STOP_MS) : null;
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      if (hiddenTimer) clearTimeout(hiddenTimer);
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      const active = sandboxRun.current;
      sandboxRun.current = null;
      active?.stop(active.id);
    };
  }, [stop]);

  return { output, state, run, clear, frameUrl };
}
