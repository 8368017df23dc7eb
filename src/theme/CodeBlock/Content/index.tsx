import React, { useContext } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/CodeBlock/Content';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import { HighlightedHtml } from '../highlighted-html';

/** 主题的代码区，换掉浏览器里的 Prism：有构建时的高亮 HTML 就放进去，没有就显示纯文本。 */
export default function CodeBlockContent({ className }: Props): React.JSX.Element {
  const { metadata, wordWrap } = useCodeBlockContext();
  const html = useContext(HighlightedHtml);
  const body = html != null ? { dangerouslySetInnerHTML: { __html: html } } : { children: metadata.code };
  return (
    <pre
      ref={wordWrap.codeBlockRef}
      tabIndex={0}
      className={clsx(className, 'prism-code', `language-${metadata.language}`, styles.codeBlock, 'thin-scrollbar')}
    >
      <code className={styles.codeBlockLines} {...body} />
    </pre>
  );
}
