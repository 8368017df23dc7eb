import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import SelfTestSwitch from '@site/src/components/StudyQuestion/SelfTestSwitch';

type Props = WrapperProps<typeof ContentType>;

/** 在每个文档页标题上方放自测模式开关。 */
export default function ContentWrapper(props: Props): React.ReactElement {
  return (
    <>
      <SelfTestSwitch />
      <Content {...props} />
    </>
  );
}
