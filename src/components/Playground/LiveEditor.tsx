import React, { useEffect, useImperativeHandle } from 'react';
import { SandpackCodeEditor, SandpackProvider, useActiveCode, useSandpack } from '@codesandbox/sandpack-react';
import { useColorMode } from '@docusaurus/theme-common';
import libSources from '@site/generated/runner/lib-sources.json';
import type { EditorApi, Example } from './types';

function EditorBridge({ apiRef }: { apiRef: React.Ref<EditorApi> }) {
  const { sandpack } = useSandpack();
  const { code } = useActiveCode();
  useImperativeHandle(
    apiRef,
    () => ({
      getFiles: () =>
        Object.fromEntries(
          Object.entries(sandpack.files)
            .filter(([, f]) => !f.readOnly)
            .map(([path, f]) => [path.replace(/^\//, ''), f.code]),
        ),
      getActiveCode: () => code,
      reset: () => sandpack.resetAllFiles(),
    }),
    [sandpack, code],
  );
  return null;
}

/** 编辑器（只在沙箱靠近视口或读者操作时才加载）：示例文件可编辑，运行库只读。 */
export default function LiveEditor({
  example,
  apiRef,
  onReady,
}: {
  example: Example;
  apiRef: React.Ref<EditorApi>;
  onReady?: () => void;
}) {
  const { colorMode } = useColorMode();
  const sources = libSources as Record<string, string>;
  const files: Record<string, { code: string; readOnly?: boolean }> = {};
  for (const f of example.files) files[`/${f.name}`] = { code: f.code };
  for (const lib of example.libs) files[`/${lib}`] = { code: sources[lib] ?? '', readOnly: true };
  useEffect(() => onReady?.(), [onReady]);
  return (
    <SandpackProvider
      files={files}
      theme={colorMode === 'dark' ? 'dark' : 'light'}
      options={{ activeFile: '/main.ts', visibleFiles: Object.keys(files), initMode: 'immediate' }}
      customSetup={{ entry: '/main.ts' }}
    >
      <EditorBridge apiRef={apiRef} />
      <SandpackCodeEditor showRunButton={false} showLineNumbers showTabs closableTabs={false} showReadOnly wrapContent={false} />
    </SandpackProvider>
  );
}
