import React, { isValidElement, type ReactNode } from 'react';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type { Props } from '@theme/CodeBlock';
import { HighlightedHtml } from './highlighted-html';

function asString(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((el) => isValidElement(el))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * 代码块：高亮在构建时做好（data-highlighted，见 src/plugins/code-highlight），这里只放进页面。
 * 主题自带的版本在水合后把每个代码块按浏览器端的颜色模式重建一遍（key 换成 true），
 * 这里的颜色全在样式表里，服务端渲染的 HTML 不随颜色模式变，不用重建。
 */
export default function CodeBlock({
  children,
  'data-highlighted': html,
  ...props
}: Props & { 'data-highlighted'?: string }): React.JSX.Element {
  const code = asString(children);
  if (typeof code !== 'string') return <ElementContent {...props}>{children}</ElementContent>;
  return (
    <HighlightedHtml.Provider value={html ?? null}>
      <StringContent {...props}>{code}</StringContent>
    </HighlightedHtml.Provider>
  );
}
