// remark-question-sections：每个 `##` 问题被包进 QuestionSection，工具条紧跟标题，追问单独一组；
// 问题前的导语、代码块里的 `##`、分类首页都不受影响。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkQuestionSections, { wrapQuestionSections } from '../../src/plugins/remark-question-sections';

// Docusaurus 的预处理会把 `:::tip 速答` 改写成指令语法 `:::tip[速答]`，这里直接用后者。
const PAGE = `导语：本页讲什么。

## 什么是 MVCC？ {#mvcc}

:::tip[速答]
多版本并发控制。
:::

### 详解 {#mvcc-detail}

版本链与 ReadView。

\`\`\`bash
## 这不是标题
\`\`\`

### 追问 {#mvcc-followups}

- **RC 和 RR 的区别？** 生成 ReadView 的时机不同。

## 什么是 \`next-key lock\`？ {#next-key}

:::tip[速答]
记录锁加间隙锁。
:::

### 详解 {#next-key-detail}

挡住插入。
`;

async function parse(markdown: string): Promise<Root> {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkDirective } = await import('remark-directive');
  return unified().use(remarkParse).use(remarkDirective).parse(markdown) as Root;
}

async function toMdx(root: Root): Promise<string> {
  const { unified } = await import('unified');
  const { default: remarkStringify } = await import('remark-stringify');
  const { default: remarkDirective } = await import('remark-directive');
  const { mdxToMarkdown } = await import('mdast-util-mdx');
  const processor = unified().use(remarkDirective).use(remarkStringify).data('toMarkdownExtensions', [mdxToMarkdown()]);
  return processor.stringify(root as never);
}

const isElement = (n: RootContent, name: string): n is MdxJsxFlowElement =>
  n.type === 'mdxJsxFlowElement' && (n as MdxJsxFlowElement).name === name;
const attrs = (el: MdxJsxFlowElement) => Object.fromEntries(el.attributes.map((a) => [(a as { name: string }).name, (a as { value: unknown }).value]));

test('每个 ## 问题包成一个 QuestionSection，带 id 和纯文本标题', async () => {
  const root = await parse(PAGE);
  assert.equal(wrapQuestionSections(root), 2);
  assert.equal(root.children[0]!.type, 'paragraph', '导语留在外面');
  const sections = root.children.filter((n): n is MdxJsxFlowElement => isElement(n, 'QuestionSection'));
  assert.equal(sections.length, 2);
  assert.equal(root.children.length, 3);
  assert.deepEqual(attrs(sections[0]!), { id: 'mvcc', title: '什么是 MVCC？' });
  assert.deepEqual(attrs(sections[1]!), { id: 'next-key', title: '什么是 next-key lock？' });
});

test('标题仍是第一个子节点，工具条紧跟其后，速答和详解是标题的兄弟，追问单独包起来', async () => {
  const root = await parse(PAGE);
  wrapQuestionSections(root);
  const first = root.children[1] as MdxJsxFlowElement;
  const kinds = first.children.map((n) => (n.type === 'mdxJsxFlowElement' ? (n as MdxJsxFlowElement).name : n.type === 'heading' ? `h${n.depth}` : n.type));
  assert.deepEqual(kinds, ['h2', 'QuestionToolbar', 'containerDirective', 'h3', 'paragraph', 'code', 'QuestionFollowups']);
  const followups = first.children.at(-1) as MdxJsxFlowElement;
  assert.deepEqual(followups.children.map((n) => n.type), ['heading', 'list']);
  // 没有追问的问题：没有 QuestionFollowups。
  const second = root.children[2] as MdxJsxFlowElement;
  assert.equal(second.children.some((n) => isElement(n as RootContent, 'QuestionFollowups')), false);
});

test('输出是合法的 MDX：元素包住标题和答案', async () => {
  const root = await parse(PAGE);
  wrapQuestionSections(root);
  const mdx = await toMdx(root);
  assert.match(mdx, /<QuestionSection id="mvcc" title="什么是 MVCC？">\s*## 什么是 MVCC？/);
  assert.match(mdx, /<QuestionToolbar \/>\s*:::tip\[速答\]/);
  assert.match(mdx, /<QuestionFollowups>\s*### 追问/);
  assert.ok(mdx.indexOf('</QuestionSection>') < mdx.indexOf('## 什么是 `next-key lock`'), '第一个问题在第二个问题之前结束');
});

test('优先用 Docusaurus 标题插件写进 data 的 id', async () => {
  const root = await parse('## 标题\n\n正文\n');
  (root.children[0]!.data as unknown) = { id: 'from-data' };
  wrapQuestionSections(root);
  assert.equal(attrs(root.children[0] as MdxJsxFlowElement).id, 'from-data');
});

test('没有 id 的 ## 和 ESM 导出不被包进问题', async () => {
  const root = await parse('## 没有 id\n\n正文\n\n## 有 id {#a}\n\n答案\n');
  root.children.push({ type: 'mdxjsEsm', value: 'export const toc = []' } as unknown as RootContent);
  wrapQuestionSections(root);
  assert.deepEqual(root.children.map((n) => n.type), ['heading', 'paragraph', 'mdxJsxFlowElement', 'mdxjsEsm']);
});

test('分类首页（index.mdx）原样不动', async () => {
  const transform = remarkQuestionSections();
  const index = await parse('导语\n\n## 本类页面 {#pages}\n\n- 链接\n');
  transform(index, { path: '/site/docs/mysql/index.mdx' });
  assert.equal(index.children.some((n) => n.type === 'mdxJsxFlowElement'), false);
  const content = await parse(PAGE);
  transform(content, { path: '/site/docs/mysql/transactions.mdx' });
  assert.equal(content.children.filter((n) => n.type === 'mdxJsxFlowElement').length, 2);
});

test('追问里每一条的回答包进 followup-answer，加粗的问题本身留在外面', async () => {
  const root = await parse(`## 问题？ {#q}\n\n答案\n\n### 追问 {#q-followups}\n\n- **为什么？** 因为 \`x\`，见[这里](#y)。\n\n  第二段。\n- 没有加粗的一条\n`);
  wrapQuestionSections(root);
  const mdx = await toMdx(root);
  assert.match(mdx, /\*\*为什么？\*\*\s*<span className="followup-answer">\s*因为 `x`，见\[这里\]\(#y\)。<\/span>/);
  assert.match(mdx, /<div className="followup-answer">\s*第二段。\s*<\/div>/);
  assert.match(mdx, /[-*] 没有加粗的一条\n/);
  assert.doesNotMatch(mdx, /没有加粗的一条<\/span>/);
});
