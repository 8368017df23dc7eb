import React, { memo, useEffect, useImperativeHandle, useMemo } from 'react';
import { SandpackCodeEditor, SandpackProvider, useActiveCode, useSandpack } from '@codesandbox/sandpack-react';
import { useColorMode } from '@docusaurus/theme-common';
import libSources from '@site/generated/runner/lib-sources.json';
import clsx from 'clsx';
import type { EditorApi, Example } from './types';
import styles from './styles.module.css';
import { darkTheme, lightTheme } from './sandpackThemes';

const CUSTOM_SETUP = { entry: '/main.ts' };

/** 自己的文件标签栏：Sandpack 自带的标签把按钮嵌在 role=tab 里（axe: nested-interactive）。 */
function FileTabs() {
  const { sandpack } = useSandpack();
  return (
    <div className={styles.fileTabs} role="tablist" aria-label="文件">
      {sandpack.visibleFiles.map((path) => {
        const active = path === sandpack.activeFile;
        const readOnly = sandpack.files[path]?.readOnly;
        return (
          <button key={path} type="button" role="tab" aria-selected={active} className={clsx(styles.fileTab, active && styles.fileTabActive)} onClick={() => sandpack.setActiveFile(path)}>
            {path.replace(/^\//, '')}
            {readOnly ? <span className={styles.readOnlyMark}>（运行库，只读）</span> : null}
          </button>
        );
      })}
    </div>
  );
}

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

/**
 * 编辑器（只在沙箱靠近视口或读者操作时才加载）：示例文件可编辑，运行库只读。
 * memo：运行时输出面板频繁更新，编辑器不必跟着重新渲染。
 */
export default memo(function LiveEditor({
  example,
  apiRef,
  onReady,
}: {
  example: Example;
  apiRef: React.Ref<EditorApi>;
  onReady?: () => void;
}) {
  const { colorMode } = useColorMode();
  const files = useMemo(() => {
    const sources = libSources as Record<string, string>;
    const all: Record<string, { code: string; readOnly?: boolean }> = {};
    for (const f of example.files) all[`/${f.name}`] = { code: f.code };
    for (const lib of example.libs) all[`/${lib}`] = { code: sources[lib] ?? '', readOnly: true };
    return all;
  }, [example]);
  const options = useMemo(() => ({ activeFile: '/main.ts', visibleFiles: Object.keys(files), initMode: 'immediate' as const }), [files]);
  useEffect(() => onReady?.(), [onReady]);
  return (
    <SandpackProvider
      files={files}
      theme={colorMode === 'dark' ? darkTheme : lightTheme}
      options={options}
      customSetup={CUSTOM_SETUP}
    >
      <EditorBridge apiRef={apiRef} />
      {Object.keys(files).length > 1 && <FileTabs />}
      <SandpackCodeEditor showRunButton={false} showLineNumbers showTabs={false} showReadOnly={false} wrapContent={false} />
    </SandpackProvider>
  );
});
