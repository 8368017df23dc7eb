// 构建时渲染 Mermaid 用的两套主题。改这里会让缓存失效，所有图重新渲染。
export type DiagramTheme = 'light' | 'dark';
export const DIAGRAM_THEMES: readonly DiagramTheme[] = ['light', 'dark'];

// 构建机（fonts-noto-cjk）按 Noto Sans CJK 量字宽；读者那边的中文字体字宽相同（全角），只有西文略有出入。
const FONT_FAMILY = '"Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';

/**
 * htmlLabels: false —— 标签画成 SVG <text>，不用 <foreignObject> 里的 HTML：
 * 内联到页面后不受站点 CSS（p 的外边距、深色模式的文字颜色）影响，打印和查看器里的副本也一样。
 */
const SHARED = {
  startOnLoad: false,
  securityLevel: 'strict',
  htmlLabels: false,
  fontFamily: FONT_FAMILY,
  flowchart: { htmlLabels: false, useMaxWidth: false },
  sequence: { useMaxWidth: false },
  state: { useMaxWidth: false },
  class: { useMaxWidth: false, htmlLabels: false },
  gitGraph: { useMaxWidth: false },
  block: { useMaxWidth: false },
} as const;

// gitGraph 的提交号默认 10px，手机上太小。
const SHARED_VARIABLES = { fontFamily: FONT_FAMILY, commitLabelFontSize: '13px', tagLabelFontSize: '13px' };

export const MERMAID_CONFIG: Record<DiagramTheme, Record<string, unknown>> = {
  light: { ...SHARED, theme: 'neutral', themeVariables: { ...SHARED_VARIABLES } },
  // dark 主题的连线标签底色 #585858 配 #ccc 对比度不够，换深一些的底和更亮的字。
  dark: {
    ...SHARED,
    theme: 'dark',
    themeVariables: { ...SHARED_VARIABLES, edgeLabelBackground: '#2b2b2b', textColor: '#e6e6e6', lineColor: '#c8c8c8' },
  },
};
