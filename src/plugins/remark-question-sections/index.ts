import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { EXPLICIT_HEADING_ID as EXPLICIT_ID } from '../../../scripts/lib/pages';

/**
 * 把内容页里每个问题（一个 `##` 标题到下一个 `##` 之间）包进
 *
 *   <QuestionSection id="mvcc" title="什么是 MVCC？">
 *     ## 什么是 MVCC？ {#mvcc}
 *     <QuestionToolbar />
 *     …速答与详解…
 *     <QuestionFollowups>### 追问 …</QuestionFollowups>
 *   </QuestionSection>
 *
 * 标题保持普通标题（锚点、目录、搜索照旧）；答案部分不再包一层，
 * 这样搜索索引按“标题后面的兄弟节点”切分段落时结果不变。
 * 自测模式用 CSS 隐藏工具条之后、追问之前的兄弟节点；追问列表里每一条的答案
 * （加粗的问题之后的部分）包进 class 为 followup-answer 的元素，同样折叠，问题本身留着。
 * 分类首页（index.mdx）没有问题，原样不动。
 */

export const SECTION_COMPONENT = 'QuestionSection';
export const TOOLBAR_COMPONENT = 'QuestionToolbar';
export const FOLLOWUPS_COMPONENT = 'QuestionFollowups';

const FOLLOWUPS_TITLE = /^追问/;

interface TextLike {
  value?: unknown;
  children?: unknown[];
}

function plainText(node: unknown): string {
  const n = node as TextLike;
  if (typeof n.value === 'string') return n.value;
  return Array.isArray(n.children) ? n.children.map(plainText).join('') : '';
}

/** Docusaurus 的标题插件已经把 `{#id}` 移到 data.id；单独运行时（单元测试）从文本里取。 */
export function headingId(heading: Heading): string | null {
  const data = heading.data as { id?: unknown; hProperties?: { id?: unknown } } | undefined;
  const fromData = data?.id ?? data?.hProperties?.id;
  if (typeof fromData === 'string' && fromData) return fromData;
  const m = EXPLICIT_ID.exec(plainText(heading));
  return m?.[1] || null;
}

export function headingTitle(heading: Heading): string {
  return plainText(heading).replace(EXPLICIT_ID, '').trim();
}

export function isCategoryIndex(path: string | undefined): boolean {
  return !!path && /(^|[\\/])index\.mdx?$/.test(path);
}

function attr(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function element(name: string, attributes: MdxJsxAttribute[], children: RootContent[]): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'] };
}

const isQuestionHeading = (n: RootContent): n is Heading => n.type === 'heading' && n.depth === 2;
const endsSection = (n: RootContent): boolean => (n.type === 'heading' && n.depth <= 2) || n.type === 'mdxjsEsm';
const isFollowupsHeading = (n: RootContent): boolean =>
  n.type === 'heading' && n.depth === 3 && FOLLOWUPS_TITLE.test(headingTitle(n));

export const FOLLOWUP_ANSWER_CLASS = 'followup-answer';

type ListItem = Extract<RootContent, { type: 'listItem' }>;
type Paragraph = Extract<RootContent, { type: 'paragraph' }>;

/** `- **问题？** 回答……`：加粗的问题留下，后面的回答（以及这一条里其余的段落）包起来。 */
function wrapFollowupAnswer(item: ListItem): void {
  const [first, ...rest] = item.children;
  if (!first || first.type !== 'paragraph') return;
  const p = first as Paragraph;
  const [question, ...answer] = p.children;
  if (!question || question.type !== 'strong') return;
  const cls: MdxJsxAttribute = attr('className', FOLLOWUP_ANSWER_CLASS);
  if (answer.length > 0) {
    p.children = [question, { type: 'mdxJsxTextElement', name: 'span', attributes: [cls], children: answer } as unknown as Paragraph['children'][number]];
  }
  if (rest.length > 0) item.children = [p, element('div', [cls], rest) as unknown as ListItem['children'][number]];
}

function wrapFollowupAnswers(nodes: RootContent[]): void {
  for (const n of nodes) {
    if (n.type !== 'list') continue;
    for (const item of n.children) wrapFollowupAnswer(item);
  }
}

function wrapQuestion(heading: Heading, id: string, body: RootContent[]): MdxJsxFlowElement {
  const split = body.findIndex(isFollowupsHeading);
  const answer = split === -1 ? body : body.slice(0, split);
  const followups = split === -1 ? [] : body.slice(split);
  const children: RootContent[] = [heading, element(TOOLBAR_COMPONENT, [], []), ...answer];
  if (followups.length > 0) {
    wrapFollowupAnswers(followups);
    children.push(element(FOLLOWUPS_COMPONENT, [], followups));
  }
  return element(SECTION_COMPONENT, [attr('id', id), attr('title', headingTitle(heading))], children);
}

export function wrapQuestionSections(root: Root): number {
  const out: RootContent[] = [];
  let count = 0;
  let i = 0;
  while (i < root.children.length) {
    const node = root.children[i]!;
    const id = isQuestionHeading(node) ? headingId(node) : null;
    if (!id) {
      out.push(node);
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < root.children.length && !endsSection(root.children[end]!)) end += 1;
    out.push(wrapQuestion(node as Heading, id, root.children.slice(i + 1, end)));
    count += 1;
    i = end;
  }
  root.children = out;
  return count;
}

export default function remarkQuestionSections() {
  return (root: Root, file: { path?: string }): void => {
    if (isCategoryIndex(file.path)) return;
    wrapQuestionSections(root);
  };
}
