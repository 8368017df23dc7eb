// 每个页面：front matter 完整、问题标题有唯一的 ASCII id、MDX 能编译；分类与侧边栏一致。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, extractHeadings, loadPages } from '../../scripts/lib/pages';
import { checkPageStructure, compileMdx, mermaidBlocks } from '../../scripts/lib/page-checks';
import { parseMermaidBlocks } from '../../scripts/lib/mermaid-parse';
import { CATEGORIES } from '../../src/data/categories';

const pages = loadPages();

test('每个分类各有目录、_category_.json（名称与顺序一致）和分类首页', () => {
  CATEGORIES.forEach((c, i) => {
    const meta = JSON.parse(readFileSync(join(DOCS_DIR, c.id, '_category_.json'), 'utf8')) as { label: string; position: number };
    assert.equal(meta.label, c.label);
    assert.equal(meta.position, i + 1);
    assert.ok(existsSync(join(DOCS_DIR, c.id, 'index.mdx')), `${c.id}/index.mdx 不存在`);
  });
});

for (const page of pages) {
  test(`${page.file}：结构与 MDX`, async () => {
    assert.deepEqual(checkPageStructure(page), []);
    const err = await compileMdx(readFileSync(join(DOCS_DIR, page.file), 'utf8'), page.file);
    assert.equal(err, null);
  });
}

test('分类首页链接了本分类的每个内容页', () => {
  for (const c of CATEGORIES) {
    const index = pages.find((p) => p.category === c.id && p.isIndex);
    if (!index) continue;
    for (const p of pages.filter((x) => x.category === c.id && !x.isIndex)) {
      const name = p.file.split('/').pop()!;
      assert.ok(index.body.includes(`./${name}`), `${c.id}/index.mdx 没有链接 ${name}`);
    }
  }
});

test('所有 Mermaid 图都能被 mermaid.parse 解析', async () => {
  const blocks = pages.flatMap((p) => mermaidBlocks(p.body).map((b) => ({ file: p.file, line: b.line, code: b.code })));
  assert.ok(blocks.length > 0);
  assert.deepEqual(await parseMermaidBlocks(blocks), []);
});

test('检查本身会失败：缺 id、重复 id、坏 MDX、坏 Mermaid', async () => {
  const headings = extractHeadings('## 有 id {#ok}\n\n```\n## 代码里的不算\n```\n## 没有 id\n## 重复 {#ok}\n');
  const problems = checkPageStructure({ file: 'x/y.mdx', category: 'x', isIndex: false, frontMatter: { title: 't', description: 'd', seed_ids: ['a'] }, body: '', headings });
  assert.equal(problems.length, 2);
  assert.notEqual(await compileMdx('# 标题\n\n一个 {未闭合 表达式\n', 'bad.mdx'), null);
  const bad = await parseMermaidBlocks([{ file: 'f', line: 1, code: 'flowchart TB\n  A -->' }]);
  assert.equal(bad.length, 1);
});
