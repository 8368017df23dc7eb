/**
 * <html> 上有这个属性时，题目分节不跳过屏幕外的排版（见 StudyQuestion/styles.module.css）。
 * 用属性不用类名：<html> 的 class 归 Docusaurus（react-helmet）管，水合时会被整个改写。
 */
export const FULL_LAYOUT_ATTRIBUTE = 'data-full-layout';
