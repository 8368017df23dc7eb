import type { Plugin } from '@docusaurus/types';

/**
 * 生产构建的浏览器端代码带上完整、有效的 source map（.map 文件单独放，页面照常只下载 .js）：
 * 出错时的栈能对回源码，Lighthouse 的 valid-source-maps 检查也通过。服务端渲染包不需要。
 */
export default function sourceMapsPlugin(): Plugin {
  return {
    name: 'handbook-source-maps',
    configureWebpack(_config, isServer, { currentBundler }) {
      void currentBundler;
      return isServer || process.env.NODE_ENV !== 'production' ? {} : { devtool: 'source-map' };
    },
  };
}
