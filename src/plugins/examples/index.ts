import type { LoadContext, Plugin } from '@docusaurus/types';
import path from 'node:path';

/**
 * 让页面可以 `import ex from '@site/examples/<分类>/<名字>/example.json'`：
 * 加载器把同目录的 TypeScript 移植、Go/Java 原文和预期输出一起打包成一个对象。
 */
export default function examplesPlugin(_context: LoadContext): Plugin {
  return {
    name: 'handbook-examples',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              test: /[\\/]examples[\\/][^\\/]+[\\/][^\\/]+[\\/]example\.json$/,
              type: 'javascript/auto',
              use: [path.join(__dirname, 'example-loader.cjs')],
            },
          ],
        },
      };
    },
  };
}
