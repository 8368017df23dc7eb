import React, { useState } from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';

/**
 * 手机上的侧边菜单第一次打开时才渲染。主题自带的版本在每一页水合后就把整个菜单（十几个分类、
 * 当前分类的每一页）建好藏在屏幕外；这些链接被当成“进入视口”，每页加载都去预取十几个页面、
 * 插入约 300 个 <link rel=prefetch>。代价是第一次打开没有滑入动画。
 */
export default function MobileSidebarOnceOpened(): React.JSX.Element | null {
  const { shown } = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(false);
  if (shown && !opened) setOpened(true);
  return opened ? <MobileSidebar /> : null;
}
