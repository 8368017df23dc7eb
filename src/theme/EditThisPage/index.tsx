import React, { type ReactNode } from 'react';
import { ThemeClassNames } from '@docusaurus/theme-common';
import Link from '@docusaurus/Link';
import IconEdit from '@theme/Icon/Edit';
import type { Props } from '@theme/EditThisPage';

/** 页脚的“纠错”链接：在仓库里打开这一页的源文件（地址由 docusaurus.config.ts 的 editUrl 给出）。 */
export default function EditThisPage({ editUrl }: Props): ReactNode {
  return (
    <Link to={editUrl} className={ThemeClassNames.common.editThisPage} title="在仓库里打开本页源文件，提交修正" data-testid="edit-this-page">
      <IconEdit />
      纠错
    </Link>
  );
}
