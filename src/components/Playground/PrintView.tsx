import React from 'react';
import CodeBlock from '@theme/CodeBlock';
import ExpectedOutput from './ExpectedOutput';
import { ORIGINAL_LABEL, type Example } from './types';
import { usePrintMedia } from './usePrintMedia';
import styles from './styles.module.css';

/** 沙箱的打印版：全部 TypeScript 文件、预期输出，以及 Go/Java 原文。屏幕上不显示。 */
export default function PrintView({ example }: { example: Example }) {
  const printing = usePrintMedia();
  if (!printing) return null;
  return (
    <div className={styles.printOnly} data-testid="playground-print">
      {example.files.map((f) => (
        <CodeBlock key={f.name} language="ts" title={f.name} data-highlighted={f.html}>
          {f.code}
        </CodeBlock>
      ))}
      {example.goMode === 'compile-error' ? null : (
        <ExpectedOutput example={example} label={`预期输出${example.exitCode ? `（退出码 ${example.exitCode}）` : ''}`} testId="playground-print-expected" />
      )}
      {example.original &&
        example.original.files.map((f) => (
          <CodeBlock key={f.name} language={example.original!.lang} title={`${ORIGINAL_LABEL[example.original!.lang]} · ${f.name}`} data-highlighted={f.html}>
            {f.code}
          </CodeBlock>
        ))}
    </div>
  );
}
