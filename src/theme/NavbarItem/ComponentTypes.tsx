// 在导航栏里注册自定义项 type: 'custom-offlineCopy'（离线阅读按钮）。
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import OfflineNavbarItem from '@site/src/components/OfflineCopy/OfflineNavbarItem';

export default {
  ...ComponentTypes,
  'custom-offlineCopy': OfflineNavbarItem,
};
