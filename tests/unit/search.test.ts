// 搜索：分词、打分、每道题最多两段命中，以及查询集（search/queries.ts）在真实索引上的命中率和第一次查询的下载量。
// 真实索引从 build/ 的 HTML 现建（与构建时的插件同一套代码），所以要先 npm run build（npm test 会先构建）。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bestPassages, highlight, SearchEngine } from '../../src/search/engine';
import { bigrams, latinWords, normalize, queryUnits, shardOf, textTerms } from '../../src/search/tokenize';
import { buildIndex, extractPage, type ExtractedRecord } from '../../src/plugins/search-index/build';
import { writeSearchIndex } from '../../src/plugins/search-index';
import { searchFigures } from '../../scripts/lib/search-figures';

const ROOT = join(__dirname, '..', '..');
const BUILD = join(ROOT, 'build');

test('分词：全角转半角，中文切二元组，英文复合词给出整体和各部分', () => {
  assert.equal(normalize('ＭＶＣＣ'), 'mvcc');
  assert.deepEqual(bigrams('令牌桶'), ['令牌', '牌桶']);
  assert.deepEqual(bigrams('锁'), ['锁']);
  assert.deepEqual(latinWords('io_uring 和 sync.pool'), ['io_uring', 'io', 'uring', 'sync.pool', 'sync', 'pool']);
  assert.deepEqual(textTerms('Redis 脑裂'), ['redis', '脑裂']);
  const units = queryUnits('Redis 为什么快');
  assert.deepEqual(units.map((u) => u.text), ['redis', '为什么快']);
  assert.deepEqual(units[1]!.terms, ['为什', '什么', '么快']);
  assert.equal(shardOf('幻读', 16), shardOf('幻读', 16));
});

function record(anchor: string, title: string, passages: string[], headings: string[] = []): ExtractedRecord {
  return { page: 'docs/x/y', pageTitle: '测试页', category: '测试', anchor, title, headings, passages };
}

function memoryEngine(records: ExtractedRecord[]): SearchEngine {
  const { files } = buildIndex(records, () => [], ['测试']);
  return new SearchEngine(async (f) => JSON.parse(files.get(f)!));
}

test('打分：标题里的词胜过正文里多次出现；只沾到“怎么”的记录不算结果', async () => {
  const engine = memoryEngine([
    record('body', '缓存有哪些问题？', ['缓存穿透 缓存穿透 缓存穿透 说了很多次缓存穿透。']),
    record('title', '什么是缓存穿透？', ['查询不存在的数据。']),
    record('noise', '服务怎么拆分？', ['怎么拆分服务，怎么部署。']),
    // “怎么”像在真实的手册里一样常见（idf 低）。
    ...['索引', '日志', '复制', '分片', '限流', '重试'].map((w) => record(w, `${w}怎么做？`, [`${w}怎么做，怎么配。`])),
  ]);
  const { results, questions } = await engine.search('缓存穿透');
  assert.deepEqual(results.map((r) => r.url), ['docs/x/y#title', 'docs/x/y#body']);
  const long = await engine.search('缓存穿透怎么办');
  assert.ok(long.results.length >= 1 && !long.results.some((r) => r.url.endsWith('#noise')), '只命中“怎么”的不应算结果');
  assert.equal(questions, results.filter((r) => r.kind === 'question').length);
  // 英文词不区分大小写，也要在词边界上。
  const r2 = await engine.search('MVCC');
  assert.equal(r2.results.length, 0);
});

test('每道题最多两段命中，高亮标出整段查询', () => {
  const units = queryUnits('幻读');
  const passages = ['幻读是什么。', '与此无关。', '幻读在 RR 下。', '再说一次幻读。'];
  const hits = bestPassages(passages, units, 2);
  assert.equal(hits.length, 2);
  for (const h of hits) assert.equal(h.text.slice(h.marks[0]![0], h.marks[0]![1]), '幻读');
  const h = highlight('令牌桶和漏桶', queryUnits('令牌桶'));
  assert.deepEqual(h.marks, [[0, 3]]);
  assert.deepEqual(highlight('google 和 go', queryUnits('go')).marks, [[9, 11]]);
});

test('从构建好的 HTML 取题：问题标题与锚点、忽略代码块和示例、详解/追问不作为标题', () => {
  const html = `<html><body><article><div class="theme-doc-markdown markdown"><header><h1>页</h1></header><p>导语</p>
    <div data-question="docs/x/y#q1"><h2 id="q1">什么是幻读？<a class="hash-link" href="#q1">#</a></h2>
    <div class="search-ignore"><button>显示答案</button></div><p>幻读是……</p>
    <h3 id="q1-detail">详解</h3><div class="theme-code-block"><pre>SELECT 1</pre></div><figure data-example="a"><p>运行</p></figure>
    <ul><li>第一条<ul><li>嵌套</li></ul></li></ul></div></div></article></body></html>`;
  const [page, q] = extractPage(html, 'docs/x/y', '测试');
  assert.equal(page!.anchor, '');
  assert.deepEqual(page!.passages, ['导语']);
  assert.equal(q!.title, '什么是幻读？');
  assert.equal(q!.anchor, 'q1');
  assert.deepEqual(q!.headings, []);
  assert.deepEqual(q!.passages, ['幻读是……', '第一条', '嵌套']);
});

test('查询集：每个查询的期望问题都在前五，首条命中 ≥ 80%，第一次查询下载 ≤ 300 KB gzip', async () => {
  assert.ok(existsSync(join(BUILD, 'docs')), '没有找到 build/：先运行 npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  try {
    cpSync(join(BUILD, 'docs'), join(dir, 'docs'), { recursive: true });
    writeSearchIndex(dir, ROOT);
    const f = await searchFigures(dir);
    console.log(`top-1 ${f.top1}/${f.total}, top-5 ${f.top5}/${f.total}, first query mean ${(f.meanBytes / 1024).toFixed(1)} KB, max ${(f.maxBytes / 1024).toFixed(1)} KB gzip`);
    const missed = f.outcomes.filter((o) => o.rank < 1 || o.rank > 5).map((o) => `${o.query.q} → ${o.top.map((r) => r.url).join(', ')}`);
    assert.deepEqual(missed, [], '这些查询的期望问题不在前五');
    assert.ok(f.top1 >= Math.ceil(f.total * 0.8), `首条命中 ${f.top1}/${f.total}`);
    assert.ok(f.maxBytes <= 300 * 1024, `第一次查询最多下载 ${f.maxBytes} 字节`);
    // 构建产物里的索引与现建的一致（插件确实跑过）。
    if (existsSync(join(BUILD, 'search-index', 'meta.json'))) {
      const built = await searchFigures(BUILD);
      assert.equal(built.top1, f.top1);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
