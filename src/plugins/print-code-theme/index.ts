import type { Plugin } from '@docusaurus/types';
import type { PrismTheme } from 'prism-react-renderer';

/**
 * 打印时代码总用浅色主题：深色模式的记号颜色（src/plugins/code-highlight 生成的样式表）选择器更具体，
 * 所以从浅色主题的定义生成一段只在打印时生效的 !important 样式，颜色与屏幕上的浅色主题一致。
 */
export function printCodeThemeCss(theme: PrismTheme): string {
  const dark = "html[data-theme='dark']";
  const color = theme.plain.color ?? '#000';
  const background = theme.plain.backgroundColor ?? '#fff';
  const rules = [
    `${dark} .theme-code-block{--prism-color:${color} !important;--prism-background-color:${background} !important}`,
    `${dark} .prism-code{color:${color} !important;background-color:${background} !important}`,
    `${dark} .prism-code .token{color:${color} !important}`,
  ];
  for (const { types, style } of theme.styles) {
    const decl = Object.entries(style)
      .filter(([, v]) => typeof v === 'string')
      .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(v)} !important`)
      .join(';');
    if (decl) rules.push(`${types.map((t) => `${dark} .prism-code .token.${t}`).join(',')}{${decl}}`);
  }
  return `@media print{${rules.join('')}}`;
}

export default function printCodeThemePlugin(_context: unknown, options: { theme: PrismTheme }): Plugin {
  const css = printCodeThemeCss(options.theme);
  return {
    name: 'handbook-print-code-theme',
    injectHtmlTags: () => ({ headTags: [{ tagName: 'style', attributes: { 'data-print-code-theme': '' }, innerHTML: css }] }),
  };
}
