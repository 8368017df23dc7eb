import React, { type ComponentProps, type ElementType } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Container/styles.module.css';

/**
 * 与主题自带的一样，只是不写行内的 --prism-color/--prism-background-color：
 * 两种颜色模式的取值在构建生成的样式表里（src/plugins/code-highlight），服务端渲染的 HTML 与颜色模式无关。
 */
export default function CodeBlockContainer<T extends 'div' | 'pre'>({ as: As, ...props }: { as: T } & ComponentProps<T>): React.JSX.Element {
  const Comp = As as ElementType;
  return <Comp {...props} className={clsx(props.className as string | undefined, styles.codeBlockContainer, ThemeClassNames.common.codeBlock)} />;
}
