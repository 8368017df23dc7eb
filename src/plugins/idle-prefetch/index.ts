import type { Plugin } from '@docusaurus/types';

const CORE_CLIENT = /@docusaurus[\\/]core[\\/]lib[\\/]client$/;

/**
 * Docusaurus 为进入视口的每个站内链接预取下一页的块：IntersectionObserver 一次回调里对几十个链接
 * 逐个匹配路由、插入 <link rel=prefetch>，手机上是水合后一个约 100–400 ms 的长任务。
 * 这里把 clientEntry 引入的 `./docusaurus` 换成 idle-queue.ts：预取照旧，只是排进空闲时间、一次一条。
 */
export default function idlePrefetchPlugin(): Plugin {
  return {
    name: 'handbook-idle-prefetch',
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer) return {};
      const replacement = require.resolve('./idle-queue.ts');
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(/^\.\/docusaurus$/, (resource: { context?: string; request: string }) => {
            if (resource.context && CORE_CLIENT.test(resource.context)) resource.request = replacement;
          }),
        ],
      };
    },
  };
}
