import type { LoadContext, Plugin } from '@docusaurus/types';
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
const { tokenCss } = require('./highlight.cjs') as { tokenCss(scope: string): string };

/** 构建时高亮的示例代码（见 highlight.cjs）用的类名；Playground 的 CodeView 也用它。 */
export const CODE_VIEW_CLASS = 'pg-code';

/**
 * 让页面可以 `import ex from '@site/examples/<分类>/<名字>/example.json'`：
 * 加载器把同目录的 TypeScript 移植、Go/Java 原文和预期输出一起打包成一个对象。
 */
export default function examplesPlugin(context: LoadContext): Plugin {
  // 记号颜色取自站点的 Prism 主题，写成一个很小的全站 CSS（不到 2 KB）。
  const cssFile = path.join(context.generatedFilesDir, 'handbook-examples', 'tokens.css');
  mkdirSync(path.dirname(cssFile), { recursive: true });
  writeFileSync(cssFile, tokenCss(`.${CODE_VIEW_CLASS}`));
  return {
    name: 'handbook-examples',
    getClientModules() {
      return [cssFile];
    },
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
