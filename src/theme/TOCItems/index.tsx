import React, { useMemo } from 'react';
import TOCItems from '@theme-original/TOCItems';
import type TOCItemsType from '@theme/TOCItems';
import type { WrapperProps } from '@docusaurus/types';
import { useSelfTestMode } from '@site/src/components/StudyQuestion/selfTestMode';

type Props = WrapperProps<typeof TOCItemsType>;

/** 每道题都有的小标题不进目录：它们不说明任何内容。 */
const GENERIC_SUBHEADING = /^(详解|追问)$/;

/**
 * 目录（桌面侧栏和手机上的折叠目录都用它）：去掉“详解”“追问”这类通用小标题；
 * 自测模式下只列问题本身，不暴露答案里的小标题。
 */
export default function TOCItemsWrapper(props: Props): React.ReactElement {
  const [selfTest] = useSelfTestMode();
  const toc = useMemo(
    () => props.toc.filter((item) => !GENERIC_SUBHEADING.test(item.value.replace(/<[^>]+>/g, '').trim()) && (!selfTest || item.level === 2)),
    [props.toc, selfTest],
  );
  return <TOCItems {...props} toc={toc} />;
}
