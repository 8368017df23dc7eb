/** 构建时高亮的示例代码（CodeView）挂的类名；code-highlight 插件生成的记号颜色 CSS 挂在它下面。 */
export const CODE_VIEW_CLASS = 'pg-code';
