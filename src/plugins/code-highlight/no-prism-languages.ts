// 代替主题的 prism-include-languages client module：代码在构建时已经高亮，浏览器里不注册 Prism 语法。
export {};
