// 站内跳转到带 #锚点 的地址之前（onRouteUpdate 早于渲染和滚动），以及点页内锚点链接时（捕获阶段，
// 早于浏览器滚动），让整页照常排版；跳到不带锚点的页面时恢复跳过屏幕外排版。见 index.ts。
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type { ClientModule } from '@docusaurus/types';
import { FULL_LAYOUT_ATTRIBUTE } from './attribute';

const fullLayout = (on: boolean): void => {
  document.documentElement.toggleAttribute(FULL_LAYOUT_ATTRIBUTE, on);
};

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener(
    'click',
    (e) => {
      const a = (e.target as Element | null)?.closest?.('a[href*="#"]');
      if (a instanceof HTMLAnchorElement && a.pathname === window.location.pathname && a.hash) fullLayout(true);
    },
    { capture: true },
  );
  window.addEventListener('hashchange', () => fullLayout(true));
}

const clientModule: ClientModule = {
  onRouteUpdate({ location, previousLocation }) {
    if (!ExecutionEnvironment.canUseDOM || !previousLocation) return;
    if (location.hash) fullLayout(true);
    else if (location.pathname !== previousLocation.pathname) fullLayout(false);
  },
};

export default clientModule;
