// content-map 覆盖：未知 id、一个 id 出现在两页、已开写的分类漏掉条目，都算失败。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCoverage, loadContentMap, type SeedEntry } from '../../scripts/lib/coverage';
import { loadPages, type Page } from '../../scripts/lib/pages';

const entries = loadContentMap();
const pages = loadPages();
const report = computeCoverage(entries, pages);

test('content-map 有 215 个条目', () => {
  assert.equal(entries.length, 215);
});

test('页面里没有未知的 seed id', () => {
  assert.deepEqual(report.unknownIds, []);
});

test('没有 seed id 同时出现在两个页面', () => {
  assert.deepEqual(report.duplicatePlacements, []);
});

test('有页面的分类放齐了它的全部条目', () => {
  assert.deepEqual(Object.fromEntries(report.missingInStartedCategories), {});
});

// 规则本身：用构造的数据证明检查会失败。
const fake = (file: string, category: string, ids: string[]): Page => ({
  file,
  category,
  isIndex: false,
  frontMatter: { title: 't', description: 'd', seed_ids: ids },
  body: '',
  headings: [],
});
const sample: SeedEntry[] = [
  { id: 'a-1', category: 'a', question: 'q', duplicate_of: null },
  { id: 'a-2', category: 'a', question: 'q', duplicate_of: 'a-1' },
  { id: 'a-3', category: 'a', question: 'q', duplicate_of: null },
  { id: 'b-1', category: 'b', question: 'q', duplicate_of: null },
];

test('规则：重复条目随规范条目算作放上；未开写的分类不算漏', () => {
  const r = computeCoverage(sample, [fake('a/p.mdx', 'a', ['a-1', 'a-3'])]);
  assert.equal(r.placed.size, 3);
  assert.deepEqual(Object.fromEntries(r.missingInStartedCategories), {});
  assert.deepEqual(r.missingByCategory.get('b'), ['b-1']);
});

test('规则：报告未知 id、重复放置和漏掉的条目', () => {
  const r = computeCoverage(sample, [fake('a/p.mdx', 'a', ['a-1', 'zzz']), fake('a/q.mdx', 'a', ['a-1'])]);
  assert.deepEqual(r.unknownIds, [{ id: 'zzz', page: 'a/p.mdx' }]);
  assert.deepEqual(r.duplicatePlacements, [{ id: 'a-1', pages: ['a/p.mdx', 'a/q.mdx'] }]);
  assert.deepEqual(r.missingInStartedCategories.get('a'), ['a-3']);
});
