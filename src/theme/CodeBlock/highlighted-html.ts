import { createContext } from 'react';

/** 构建时高亮好的代码 HTML（src/plugins/code-highlight），由 CodeBlock 交给 CodeBlock/Content。 */
export const HighlightedHtml = createContext<string | null>(null);
