import type { Plugin } from '@docusaurus/types';
import { FULL_LAYOUT_ATTRIBUTE } from './attribute';

/**
 * 题目分节用 content-visibility 跳过屏幕外的排版（长页面首屏的排版、样式计算减半），
 * 但跳到锚点时，锚点前面的题还是占位高度，排版后锚点会被挤开。所以凡是要落到锚点的加载和跳转，
 * 先在 <html> 上加 FULL_LAYOUT_ATTRIBUTE 属性，整页照常排版：
 * 带 #锚点 的整页加载由这段首屏前执行的脚本加；站内跳转和页内锚点链接由 client-module.ts 加。
 */
export default function fullLayoutPlugin(): Plugin {
  return {
    name: 'handbook-full-layout',
    injectHtmlTags() {
      return {
        headTags: [{ tagName: 'script', innerHTML: `if(location.hash)document.documentElement.setAttribute(${JSON.stringify(FULL_LAYOUT_ATTRIBUTE)},'')` }],
      };
    },
    getClientModules() {
      return [require.resolve('./client-module.ts')];
    },
  };
}
