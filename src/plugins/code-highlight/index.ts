import type { LoadContext, Plugin } from '@docusaurus/types';
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CODE_VIEW_CLASS } from '../../components/Playground/code-view-class';
const { tokenCss } = require('./highlight.cjs') as { tokenCss(scopes: string[], codeBlockScope?: string): string };

/** Docusaurus 代码块的外框类名（ThemeClassNames.common.codeBlock）。 */
const CODE_BLOCK_CLASS = 'theme-code-block';
// .docusaurus/client-modules.js 用绝对路径引入它。
const PRISM_CLIENT_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

/**
 * 代码高亮全在构建时（highlight.cjs；正文代码块经 remark-code-blocks.ts，示例经 examples 的加载器），
 * 这里只做两件事：把两套配色写成一个很小的全站 CSS；把主题在每页启动时注册 Prism 语法的
 * client module（prism-include-languages）换成空模块——Prism 不再进浏览器的主包。
 */
export default function codeHighlightPlugin(context: LoadContext): Plugin {
  const cssFile = path.join(context.generatedFilesDir, 'handbook-code-highlight', 'tokens.css');
  mkdirSync(path.dirname(cssFile), { recursive: true });
  writeFileSync(cssFile, tokenCss([`.${CODE_VIEW_CLASS}`, `.${CODE_BLOCK_CLASS}`], `.${CODE_BLOCK_CLASS}`));
  const emptyModule = require.resolve('./no-prism-languages.ts');
  return {
    name: 'handbook-code-highlight',
    getClientModules() {
      return [cssFile];
    },
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer) return {};
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, emptyModule),
        ],
      };
    },
  };
}
