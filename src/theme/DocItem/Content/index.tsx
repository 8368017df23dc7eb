import React, { Suspense } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import SelfTestSwitch from '@site/src/components/StudyQuestion/SelfTestSwitch';

type Props = WrapperProps<typeof ContentType>;

const CategoryQuestionList = React.lazy(() => import('@site/src/components/StudyProgress/CategoryQuestionList'));

/** 内容页标题上方放自测模式开关（分类首页没有答案可折，不放）；分类首页的末尾列出本类的全部问题。 */
export default function ContentWrapper(props: Props): React.ReactElement {
  const { metadata } = useDoc();
  const category = /^([^/]+)\/index$/.exec(metadata.id)?.[1];
  return (
    <>
      {!category && <SelfTestSwitch />}
      <Content {...props} />
      {category && (
        <Suspense fallback={null}>
          <CategoryQuestionList category={category} />
        </Suspense>
      )}
    </>
  );
}
