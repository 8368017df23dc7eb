import type { Root, RootContent } from 'mdast';
import { parse } from 'acorn';
import { isCategoryIndex } from '../remark-question-sections';
import { categoryQuestionsFile, PLUGIN_NAME } from './index';

export const CATEGORY_LIST_COMPONENT = 'CategoryQuestionList';
const DATA = '__categoryQuestions';

function estree(code: string) {
  return parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
}

/**
 * 分类首页（docs/<分类>/index.mdx）的末尾加上 <CategoryQuestionList>，题目清单在构建时 import 进页面：
 * 服务端渲染的 HTML 里就有完整的清单，水合时也是同步的——首屏之后页面不会再变长（CLS 0）。
 */
export default function remarkCategoryList() {
  return (root: Root, file: { path?: string }): void => {
    if (!isCategoryIndex(file.path)) return;
    const category = /([^\\/]+)[\\/]index\.mdx?$/.exec(file.path!)![1]!;
    const source = `@generated/${PLUGIN_NAME}/default/${categoryQuestionsFile(category)}`;
    const importCode = `import ${DATA} from ${JSON.stringify(source)};`;
    const esm = { type: 'mdxjsEsm', value: importCode, data: { estree: estree(importCode) } } as unknown as RootContent;
    const list = {
      type: 'mdxJsxFlowElement',
      name: CATEGORY_LIST_COMPONENT,
      attributes: [
        { type: 'mdxJsxAttribute', name: 'category', value: category },
        { type: 'mdxJsxAttribute', name: 'questions', value: { type: 'mdxJsxAttributeValueExpression', value: DATA, data: { estree: estree(DATA) } } },
      ],
      children: [],
    } as unknown as RootContent;
    root.children.unshift(esm);
    root.children.push(list);
  };
}
