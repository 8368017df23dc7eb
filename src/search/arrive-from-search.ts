// 客户端模块：从搜索结果点进来（URL 带 ?_highlight=查询）时，在正文里用 <mark> 标出查询词，并把目标问题的标题滚到视口顶部。
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type { ClientModule } from '@docusaurus/types';
import { highlight } from './engine';
import { queryUnits } from './tokenize';

const MARK_CLASS = 'search-highlight';
/** 不标：代码、图、示例、按钮、已经标过的。 */
const SKIP = 'pre, code, svg, button, figure[data-example], .search-ignore, .hash-link, mark, script, style';

function clearMarks(root: ParentNode): void {
  for (const m of Array.from(root.querySelectorAll(`mark.${MARK_CLASS}`))) {
    m.replaceWith(document.createTextNode(m.textContent ?? ''));
  }
}

export function markTerms(root: Element, query: string): number {
  const units = queryUnits(query);
  if (units.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const { marks } = highlight(text, units);
    if (marks.length === 0) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [a, b] of marks) {
      if (a > at) frag.append(text.slice(at, a));
      const mark = document.createElement('mark');
      mark.className = MARK_CLASS;
      mark.textContent = text.slice(a, b);
      frag.append(mark);
      at = b;
      count += 1;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  return count;
}

function arrive(location: { search: string; hash: string }): void {
  const article = document.querySelector('article .theme-doc-markdown') ?? document.querySelector('article');
  if (!article) return;
  clearMarks(article);
  const query = new URLSearchParams(location.search).get('_highlight');
  if (!query) return;
  markTerms(article, query);
  const id = decodeURIComponent(location.hash.replace(/^#/, ''));
  const target = id ? document.getElementById(id) : null;
  target?.scrollIntoView({ block: 'start' });
}

const clientModule: ClientModule = {
  onRouteDidUpdate({ location }) {
    if (!ExecutionEnvironment.canUseDOM) return;
    // 等这一帧渲染完（以及首屏的水合）再改 DOM。
    window.setTimeout(() => arrive(location), 0);
  },
};

export default clientModule;
