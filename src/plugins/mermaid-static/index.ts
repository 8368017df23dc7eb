import type { LoadContext, Plugin } from '@docusaurus/types';
import { join } from 'node:path';
import { listPageFiles } from '../../../scripts/lib/pages';
import { diagramsInFile, ensureRendered, type EnsureStats } from './diagrams';
import { injectSvgFiles } from './svg-files';

/**
 * 构建开始时（loadContent 在编译 MDX 之前）把 docs/ 里所有 Mermaid 图一次性渲染进缓存：
 * 一个浏览器、并行的几个页面；remark 插件之后只读缓存。有语法错误时构建失败并给出页面和行号。
 */
export default function mermaidStaticPlugin(context: LoadContext): Plugin {
  const docsDir = join(context.siteDir, 'docs');
  return {
    name: 'mermaid-static',
    getPathsToWatch: () => [join(docsDir, '**/*.{md,mdx}')],
    async loadContent() {
      const diagrams = listPageFiles(docsDir).flatMap((f) => diagramsInFile(f));
      const stats: EnsureStats = { diagrams: 0, rendered: 0, cached: 0 };
      const t0 = performance.now();
      await ensureRendered(diagrams, stats);
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      console.log(`[mermaid-static] ${stats.diagrams} diagrams: rendered ${stats.rendered} SVGs, ${stats.cached} from cache (${seconds} s)`);
    },
    async postBuild({ outDir }) {
      const s = injectSvgFiles(outDir);
      console.log(`[mermaid-static] ${s.diagrams} SVGs filled into ${s.pages} pages`);
    },
  };
}
