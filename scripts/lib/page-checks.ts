// 页面的静态检查：front matter、标题 id、MDX 能否编译。页面检查脚本和单元测试共用。
import type { Page } from './pages';

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkPageStructure(page: Page): string[] {
  const problems: string[] = [];
  const fm = page.frontMatter;
  if (!fm.title) problems.push('front matter 缺少 title');
  if (!fm.description) problems.push('front matter 缺少 description');
  // 新写的页面没有对应的 content-map 条目，写 seed_ids: []；覆盖率由 coverage 单独检查。
  if (!Array.isArray(fm.seed_ids)) problems.push('front matter 缺少 seed_ids（没有对应条目时写 seed_ids: []）');
  const seen = new Map<string, number>();
  for (const h of page.headings) {
    if (h.depth < 2) continue;
    if (h.id === null) problems.push(`第 ${h.line} 行标题没有显式 id：${h.text}`);
    else if (!ID_RE.test(h.id)) problems.push(`第 ${h.line} 行标题 id 不是小写 ASCII 连字符形式：${h.id}`);
    else if (seen.has(h.id)) problems.push(`第 ${h.line} 行标题 id 重复（第 ${seen.get(h.id)} 行已用）：${h.id}`);
    if (h.id) seen.set(h.id, h.line);
  }
  return problems;
}

/** 提取 ```mermaid 代码块。 */
export function mermaidBlocks(body: string): Array<{ code: string; line: number }> {
  const blocks: Array<{ code: string; line: number }> = [];
  const re = /^```mermaid[^\n]*\n([\s\S]*?)^```\s*$/gm;
  for (const m of body.matchAll(re)) {
    blocks.push({ code: m[1]!, line: body.slice(0, m.index).split('\n').length });
  }
  return blocks;
}

/** 用和 Docusaurus 相同的预处理与 remark 插件编译 MDX，返回错误信息（没有错误时返回 null）。 */
export async function compileMdx(source: string, path: string): Promise<string | null> {
  const { compile } = await import('@mdx-js/mdx');
  const { default: remarkFrontmatter } = await import('remark-frontmatter');
  const { default: remarkDirective } = await import('remark-directive');
  const { default: remarkGfm } = await import('remark-gfm');
  const { escapeMarkdownHeadingIds, admonitionTitleToDirectiveLabel, unwrapMdxCodeBlocks } = await import('@docusaurus/utils');
  let text = unwrapMdxCodeBlocks(source);
  text = escapeMarkdownHeadingIds(text);
  text = admonitionTitleToDirectiveLabel(text, ['tip', 'info', 'note', 'warning', 'danger', 'caution', 'important', 'success', 'secondary']);
  try {
    await compile({ value: text, path }, { remarkPlugins: [remarkFrontmatter, remarkDirective, remarkGfm] });
    return null;
  } catch (err) {
    return String((err as Error).message ?? err);
  }
}
