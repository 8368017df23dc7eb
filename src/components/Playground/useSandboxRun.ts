import { useCallback, useRef, useState } from 'react';
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

function loadRunner() {
  return Promise.all([import('@site/src/runner/client'), import('@site/generated/runner/lib-sources.json')]);
}

/** 预先加载运行器并创建沙箱 iframe（编辑器出现时调用），第一次运行就不用等。 */
export function preloadSandbox(frameUrl: string): void {
  void loadRunner().then(([client]) => client.getSandbox(frameUrl).warmUp());
}

export function useSandboxRun(example: Example) {
  const frameUrl = useBaseUrl('/runner/frame.js');
  const [output, setOutput] = useState<OutputChunk[]>([]);
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const runCounter = useRef(0);

  const run = useCallback(
    async (files: Record<string, string>) => {
      const runId = ++runCounter.current;
      setOutput([]);
      setState({ status: 'running', runId });
      const [client, libModule] = await loadRunner();
      const libSources: Record<string, string> = libModule.default;
      const libs = Object.fromEntries(example.libs.map((name) => [name, libSources[name] ?? '']));
      await client.getSandbox(frameUrl).run(
        { files: { ...libs, ...files }, timeoutMs: example.timeoutMs },
        {
          onOutput: (stream, text) => {
            if (runId === runCounter.current) setOutput((prev) => [...prev, { stream, text }]);
          },
          onDone: (result, elapsedMs) => {
            if (runId === runCounter.current) setState({ status: 'done', runId, result, elapsedMs });
          },
        },
      );
    },
    [example, frameUrl],
  );

  const clear = useCallback(() => {
    runCounter.current++;
    setOutput([]);
    setState({ status: 'idle' });
  }, []);

  return { output, state, run, clear, frameUrl };
}
