import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import SelfTestSwitch from '@site/src/components/StudyQuestion/SelfTestSwitch';

type Props = WrapperProps<typeof ContentType>;

/** 内容页标题上方放自测模式开关（分类首页没有答案可折，不放；它末尾的题目清单见 remark-category-list）。 */
export default function ContentWrapper(props: Props): React.ReactElement {
  const { metadata } = useDoc();
  const category = /^([^/]+)\/index$/.exec(metadata.id)?.[1];
  return (
    <>
      {!category && <SelfTestSwitch />}
      <Content {...props} />
    </>
  );
}
