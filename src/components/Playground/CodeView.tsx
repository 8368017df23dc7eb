import React from 'react';
import clsx from 'clsx';
import type { ExampleFile } from './types';
import { CODE_VIEW_CLASS } from './code-view-class';
import styles from './styles.module.css';

/**
 * 构建时高亮好的只读代码：innerHTML 插入，水合时 React 不逐个记号比对，也不为记号建节点。
 * 行号是一段文本（一个元素），不是每行一个元素。
 */
export default function CodeView({ file, title, label }: { file: ExampleFile; title?: string; label?: string }) {
  const lines = file.code.replace(/\n$/, '').split('\n').length;
  return (
    <div className={styles.codeView}>
      {title ? <div className={styles.codeTitle}>{title}</div> : null}
      <pre className={clsx(CODE_VIEW_CLASS, styles.codePre, 'search-ignore')} tabIndex={0} aria-label={label ?? file.name}>
        <span className={styles.lineNumbers} aria-hidden="true">
          {Array.from({ length: lines }, (_, i) => i + 1).join('\n')}
        </span>
        <code className={styles.code} dangerouslySetInnerHTML={{ __html: file.html }} />
      </pre>
    </div>
  );
}
