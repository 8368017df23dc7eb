// 构建时渲染 Mermaid：缓存键、语法错误的页面与行号、尖括号保护、remark 插件的替换与文字替代。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root } from 'mdast';
import { cacheKey, mermaidVersion } from '../../src/plugins/mermaid-static/cache';
import { diagramsInFile, ensureRendered, formatSyntaxError, MermaidSyntaxError, protectAngleBrackets } from '../../src/plugins/mermaid-static/diagrams';
import { MERMAID_CONFIG } from '../../src/plugins/mermaid-static/themes';
import remarkMermaidStatic, { labelSvg } from '../../src/plugins/mermaid-static/remark-mermaid-static';
import { expectedLabels } from '../../scripts/lib/mermaid-labels';
import { injectSvgFiles } from '../../src/plugins/mermaid-static/svg-files';
import { svgsInHtml } from '../../src/components/MermaidDiagram/svgs-in-html';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SOURCE = 'flowchart TB\n  A[读请求] --> B{版本可见？}\n';

test('缓存键随图的源码、主题配置和 Mermaid 版本变化', () => {
  const base = cacheKey(SOURCE, MERMAID_CONFIG.light, '11.6.0');
  assert.equal(cacheKey(SOURCE, MERMAID_CONFIG.light, '11.6.0'), base, '同样的输入得到同样的键');
  assert.notEqual(cacheKey(SOURCE + '  B --> C[返回]\n', MERMAID_CONFIG.light, '11.6.0'), base, '源码');
  assert.notEqual(cacheKey(SOURCE, MERMAID_CONFIG.dark, '11.6.0'), base, '主题');
  assert.notEqual(cacheKey(SOURCE, { ...MERMAID_CONFIG.light, themeVariables: { fontFamily: 'serif' } }, '11.6.0'), base, '主题变量');
  assert.notEqual(cacheKey(SOURCE, MERMAID_CONFIG.light, '11.6.1'), base, 'Mermaid 版本');
  assert.match(mermaidVersion(), /^11\./);
});

test('语法错误报告页面和文件里的行号，构建因此失败', async () => {
  const text = '---\ntitle: t\n---\n\n段落\n\n```mermaid\nflowchart TB\n  A[开始] --> B\n  B -->\n```\n';
  const diagrams = diagramsInFile('/work/docs/x/bad.mdx', text);
  assert.equal(diagrams.length, 1);
  assert.equal(diagrams[0]!.line, 7);
  await assert.rejects(ensureRendered(diagrams), (err: unknown) => {
    assert.ok(err instanceof MermaidSyntaxError);
    // ```mermaid 在第 7 行，错在图的第 3 行（文件结尾处），也就是文件的第 10 行。
    assert.match(err.message, /bad\.mdx:10: Mermaid 语法错误/);
    assert.match(err.message, /第 7 行开始的图/);
    return true;
  });
  assert.match(formatSyntaxError({ file: 'docs/a.mdx', line: 20, code: '' }, 'No diagram type detected'), /^docs\/a\.mdx:20: /);
});

test('引号里的 > 和 < 换成 Mermaid 实体，<br/> 保留', () => {
  assert.equal(protectAngleBrackets('A["> 32 KB<br/>h >>> 16"] --> B'), 'A["#gt; 32 KB<br/>h #gt;#gt;#gt; 16"] --> B');
  assert.equal(protectAngleBrackets('A --> B'), 'A --> B');
});

test('预期文字：中文片段与引号里的标签', () => {
  assert.deepEqual(expectedLabels('flowchart TB\n  %% 注释不算\n  A["epoll_wait()<br/>等待"] --> B[就绪]\n').sort(), ['epollwait()', '就绪', '等待'].sort());
});

test('remark 插件：代码块换成带两份 SVG 的 <MermaidDiagram>，说明行成为 figcaption 和文字替代', async () => {
  const root: Root = {
    type: 'root',
    children: [
      { type: 'code', lang: 'mermaid', value: SOURCE.trim() },
      { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: '图：先判断可见性。' }] }] },
      { type: 'paragraph', children: [{ type: 'text', value: '正文' }] },
    ],
  };
  await remarkMermaidStatic()(root, { path: 'docs/x.mdx' });
  assert.equal(root.children.length, 2);
  const el = root.children[0] as unknown as { name: string; attributes: Array<{ name: string; value: string }>; children: unknown[] };
  assert.equal(el.name, 'MermaidDiagram');
  const attrs = Object.fromEntries(el.attributes.map((a) => [a.name, a.value]));
  assert.equal(attrs.label, '图：先判断可见性。');
  for (const theme of ['light', 'dark']) {
    assert.match(attrs[theme]!, /^<svg[^>]* role="img"[^>]* aria-label="图：先判断可见性。"><title>图：先判断可见性。<\/title>/);
    assert.match(attrs[theme]!, /读请求/);
  }
  assert.ok(Number(attrs.width) > 0 && Number(attrs.height) > 0);
  assert.notEqual(attrs.light, attrs.dark);
  assert.equal(el.children.length, 1, '说明行移进图里');
  assert.equal(labelSvg('<svg a="1"><g/></svg>', 'a<b'), '<svg a="1" aria-label="a&lt;b"><title>a&lt;b</title><g/></svg>');
});

test('生产构建：组件只带 SVG 的 id，构建结束时 SVG 填回 HTML，站内跳转时能从 HTML 里按 id 取回', async () => {
  const root: Root = { type: 'root', children: [{ type: 'code', lang: 'mermaid', value: SOURCE.trim() }] };
  await remarkMermaidStatic({ production: true })(root, { path: 'docs/x.mdx' });
  const el = root.children[0] as unknown as { attributes: Array<{ name: string; value: string }> };
  const attrs = Object.fromEntries(el.attributes.map((a) => [a.name, a.value]));
  assert.equal(attrs.light, undefined, 'SVG 不应进组件的属性（也就不进 JS 块）');
  assert.match(attrs.lightId!, /^[0-9a-f]{16}$/);
  assert.notEqual(attrs.lightId, attrs.darkId);

  // HTML 压缩后属性不带引号：两种写法都要认。
  const out = mkdtempSync(join(tmpdir(), 'mermaid-inject-'));
  mkdirSync(join(out, 'docs'));
  const page = join(out, 'docs', 'x.html');
  writeFileSync(page, `<p>前</p><div class="mermaid-diagram__svg mermaid-diagram__svg--light" data-svg="${attrs.lightId}"></div><div class=x data-svg=${attrs.darkId}></div><p>后</p>`);
  writeFileSync(join(out, 'index.html'), '<p>没有图</p>');
  assert.deepEqual(injectSvgFiles(out), { pages: 1, diagrams: 2 });
  const html = readFileSync(page, 'utf8');
  assert.match(html, /^<p>前<\/p><div [^>]*><svg[\s\S]*读请求[\s\S]*<\/svg><\/div><div [^>]*><svg[\s\S]*<\/svg><\/div><p>后<\/p>$/);
  const svgs = svgsInHtml(html);
  assert.deepEqual([...svgs.keys()], [attrs.lightId, attrs.darkId]);
  assert.match(svgs.get(attrs.lightId!)!, /^<svg[\s\S]*<\/svg>$/);
  assert.notEqual(svgs.get(attrs.lightId!), svgs.get(attrs.darkId!));
  // 缓存里没有的 id：构建失败并说明怎么办。
  writeFileSync(page, '<div data-svg="0000000000000000"></div>');
  assert.throws(() => injectSvgFiles(out), /不在缓存里/);
});
