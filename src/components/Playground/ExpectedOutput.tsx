import React from 'react';
import type { Example } from './types';
import styles from './styles.module.css';

/** 示例的预期输出（标准输出加标准错误的第一行），原文标签页和打印版共用。 */
export default function ExpectedOutput({ example, label, testId }: { example: Example; label: string; testId: string }) {
  return (
    <>
      <div className={styles.expectedLabel}>{label}</div>
      <pre className={styles.expected} tabIndex={0} aria-label="预期输出" data-testid={testId}>
        {example.expected}
        {example.expectedStderr ? <span className={styles.stderr}>{`${example.expectedStderr}\n`}</span> : null}
      </pre>
    </>
  );
}
