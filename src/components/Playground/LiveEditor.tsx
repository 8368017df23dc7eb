import React, { memo, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { SandpackCodeEditor, SandpackProvider, useActiveCode, useSandpack } from '@codesandbox/sandpack-react';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import type { TypeDiagnostic } from '@site/src/runner/typecheck/protocol';
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

/** 编辑中的文件（去掉路径前的 /）。 */
function editableFiles(files: Record<string, { code: string; readOnly?: boolean }>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files)
      .filter(([, f]) => !f.readOnly)
      .map(([path, f]) => [path.replace(/^\//, ''), f.code]),
  );
}

/** 第 line 行第 column 列（都从 1 开始）在文档里的偏移，越界时夹到文档内。 */
function offset(view: EditorView, line: number, column: number): number {
  const doc = view.state.doc;
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

/** 窄屏（手机）上长行折行显示。 */
function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const mq = window.matchMedia('(max-width: 600px)');
    const update = () => setNarrow(mq.matches);
    update();
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }, []);
  return narrow;
}

export type LintFiles = (files: Record<string, string>) => Promise<TypeDiagnostic[] | null>;
/** 编辑器当前的可编辑文件和正在看的文件。 */
type FilesSnapshot = () => { files: Record<string, string>; active: string };

/** 编辑器里的类型错误：改动停下半秒后检查一次，错误画在行号旁边和代码下面。 */
function useTypeErrorMarks(lint: LintFiles | undefined, filesRef: React.RefObject<FilesSnapshot | null>) {
  const lintRef = useRef(lint);
  lintRef.current = lint;
  return useMemo(
    () => [
      lintGutter(),
      linter(
        async (view): Promise<Diagnostic[]> => {
          const current = filesRef.current?.();
          if (!current || !lintRef.current) return [];
          const files = { ...current.files, [current.active]: view.state.doc.toString() };
          const found = await lintRef.current(files);
          return (found ?? [])
            .filter((d) => d.file === current.active)
            .map((d) => ({ from: offset(view, d.line, d.column), to: offset(view, d.endLine, d.endColumn), severity: 'error', message: `TS${d.code}: ${d.message}` }));
        },
        { delay: 500 },
      ),
    ],
    [filesRef],
  );
}

function EditorBridge({ apiRef, filesRef }: { apiRef: React.Ref<EditorApi>; filesRef: React.MutableRefObject<FilesSnapshot | null> }) {
  const { sandpack } = useSandpack();
  const { code } = useActiveCode();
  filesRef.current = () => ({
    files: editableFiles(sandpack.files),
    active: sandpack.activeFile.replace(/^\//, ''),
  });
  useImperativeHandle(
    apiRef,
    () => ({
      getFiles: () => editableFiles(sandpack.files),
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
  lint,
}: {
  example: Example;
  apiRef: React.Ref<EditorApi>;
  onReady?: () => void;
  /** 检查改过的文件，返回类型错误；没改过时返回 null（示例本身已在 CI 里检查过）。 */
  lint?: LintFiles;
}) {
  const { colorMode } = useColorMode();
  const narrow = useNarrowScreen();
  const filesRef = useRef<FilesSnapshot | null>(null);
  const extensions = useTypeErrorMarks(lint, filesRef);
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
      <EditorBridge apiRef={apiRef} filesRef={filesRef} />
      {Object.keys(files).length > 1 && <FileTabs />}
      <SandpackCodeEditor showRunButton={false} showLineNumbers showTabs={false} showReadOnly={false} wrapContent={narrow} extensions={extensions} />
    </SandpackProvider>
  );
});
