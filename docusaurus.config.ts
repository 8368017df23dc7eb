import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import { CATEGORIES } from './src/data/categories';
import { precacheConfig } from './src/pwa/precache-config';
import remarkQuestionSections from './src/plugins/remark-question-sections';
import remarkMermaidStatic from './src/plugins/mermaid-static/remark-mermaid-static';
import remarkCodeBlocks from './src/plugins/code-highlight/remark-code-blocks';
import remarkCategoryList from './src/plugins/questions-index/remark-category-list';
const { ADDITIONAL_LANGUAGES } = require('./src/plugins/code-highlight/highlight.cjs') as { ADDITIONAL_LANGUAGES: string[] };

// 部署到 GitHub Pages 等子路径时用环境变量覆盖：SITE_URL=https://user.github.io BASE_URL=/repo/
const siteUrl = process.env.SITE_URL ?? 'https://handbook.example.com';
const baseUrl = process.env.BASE_URL ?? '/';
// 纠错链接指向的仓库；fork 或换托管平台时用 REPO_URL 覆盖（不带末尾斜杠）。
const repoUrl = (process.env.REPO_URL ?? 'https://github.com/backend-handbook/backend-interview-handbook').replace(/\/+$/, '');

const config: Config = {
  title: '后端面试手册',
  tagline: 'Go、操作系统与网络、MySQL、Redis、消息队列、分布式、系统设计、Java/Spring：讲清原理，代码能在页面里运行',
  favicon: 'img/logo.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  future: { v4: true, faster: true },
  i18n: { defaultLocale: 'zh-Hans', locales: ['zh-Hans'] },
  markdown: {
    // future.v4 关掉了 MDX 1 兼容；问题标题的 `{#id}` 写法依赖它，这里显式打开。
    mdx1Compat: { headingIds: true, comments: true, admonitions: true },
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
  staticDirectories: ['static', 'generated/static'],
  customFields: { categories: CATEGORIES },
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          // 日期取自 git 历史（每个文件最后一次提交的时间）：CI 里检出时要带完整历史（fetch-depth: 0）。
          showLastUpdateTime: true,
          // 打开这一页在仓库里的源文件；按钮文字“纠错”见 src/theme/EditThisPage。
          editUrl: `${repoUrl}/blob/main/`,
          // 每道题（## 标题到下一个 ## 之间）包成 <QuestionSection>：自测折叠与掌握标记。
          // 其余代码块在构建时高亮（src/plugins/code-highlight）：浏览器里不加载 Prism。
          // 分类首页末尾的题目清单在构建时放进页面（remark-category-list）。
          remarkPlugins: [remarkQuestionSections, remarkCodeBlocks, remarkCategoryList],
          // ```mermaid 代码块换成构建时渲染好的浅色/深色 SVG（src/plugins/mermaid-static）：读者的浏览器不加载 Mermaid。
          beforeDefaultRemarkPlugins: [remarkMermaidStatic],
        },
        blog: false,
        theme: { customCss: ['./src/css/custom.css', './src/css/diagrams.css'] },
      } satisfies Preset.Options,
    ],
  ],
  // 从搜索结果点进来时在正文里标出查询词（搜索本身见 src/theme/SearchBar、src/pages/search.tsx、src/plugins/search-index）。
  clientModules: ['./src/pwa/offline-boot.ts', './src/search/arrive-from-search.ts'],
  plugins: [
    './src/plugins/mermaid-static/index.ts',
    './src/plugins/examples/index.ts',
    './src/plugins/code-highlight/index.ts',
    './src/plugins/questions-index/index.ts',
    // 构建后从 HTML 建按问题切分的中文搜索索引（build/search-index/）。
    './src/plugins/search-index/index.ts',
    './src/plugins/self-test-boot/index.ts',
    './src/plugins/full-layout/index.ts',
    './src/plugins/source-maps/index.ts',
    './src/plugins/idle-prefetch/index.ts',
    ['./src/plugins/print-code-theme/index.ts', { theme: prismThemes.vsLight }],
    [
      '@docusaurus/plugin-pwa',
      {
        // 总是启用 service worker：它只预缓存应用外壳，其余按需缓存或由读者选择整本下载（src/pwa）；
        // 这样部署新版本时总会出现“有新版本，刷新以更新”。
        offlineModeActivationStrategies: ['always'],
        swCustom: require.resolve('./src/pwa/sw-custom.js'),
        injectManifestConfig: precacheConfig,
        pwaHead: [
          { tagName: 'link', rel: 'manifest', href: 'manifest.json' },
          { tagName: 'meta', name: 'theme-color', content: '#2f6f4f' },
          { tagName: 'link', rel: 'apple-touch-icon', href: 'img/logo.svg' },
        ],
      },
    ],
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true, autoCollapseCategories: true } },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    navbar: {
      title: '后端面试手册',
      // 标志旁边就是站名：alt 留空，读屏软件不会把站名读两遍。
      // 宽高写明：图片加载前就占好位置，站名不会在首屏后右移（CLS）。
      logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
      hideOnScroll: false,
      items: [
        { type: 'docSidebar', sidebarId: 'handbook', position: 'left', label: '手册' },
        ...CATEGORIES.slice(0, 4).map((c) => ({ to: `/docs/${c.id}`, label: c.label, position: 'left' as const })),
        { type: 'search', position: 'right' },
        { type: 'custom-offlineCopy', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        { title: 'Go 与系统', items: CATEGORIES.slice(0, 4).map((c) => ({ label: c.label, to: `/docs/${c.id}` })) },
        { title: '存储与中间件', items: CATEGORIES.slice(4, 9).map((c) => ({ label: c.label, to: `/docs/${c.id}` })) },
        { title: 'Java 与综合', items: CATEGORIES.slice(9).map((c) => ({ label: c.label, to: `/docs/${c.id}` })) },
      ],
      copyright: '后端面试手册 · 内容按 CC BY-SA 4.0 共享，示例代码按 MIT 许可',
    },
    prism: {
      // github/dracula 的注释色对比度不到 4.5:1（axe color-contrast），换成 VS 的配色。
      theme: prismThemes.vsLight,
      darkTheme: prismThemes.vsDark,
      // 高亮在构建时做，语言表和 src/plugins/code-highlight/highlight.cjs 是同一份；浏览器里没有 Prism。
      additionalLanguages: ADDITIONAL_LANGUAGES,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
