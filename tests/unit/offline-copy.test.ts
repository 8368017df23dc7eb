// 离线副本的纯逻辑：哪些构建文件算应用外壳，下载（和部署新版本后的更新）要取哪些文件、删哪些。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downloadUrl, isAppShell } from '../../src/pwa/build-files';
import { isUpToDate, planDownload, type CopyState } from '../../src/pwa/offline-copy/plan';
import type { OfflineFiles } from '../../src/pwa/offline-files';

test('应用外壳只有运行时、主包、全站样式、图标字体和离线兜底页', () => {
  for (const f of ['assets/js/runtime~main.1a2b3c4d.js', 'assets/js/main.1a2b3c4d.js', 'assets/css/styles.36d6f696.css', 'img/logo.svg', 'offline.html', 'manifest.json']) {
    assert.ok(isAppShell(f), f);
  }
  for (const f of ['index.html', 'docs/mysql.html', 'assets/js/17896441.1a2b3c4d.js', 'search-index/meta.json', 'search-index/shard-3.1a2b3c4d.json', 'runner/frame.js', 'runner/typecheck.js']) {
    assert.ok(!isAppShell(f), f);
  }
});

test('下载 URL：页面不带 .html，首页是站点根', () => {
  assert.equal(downloadUrl('/', 'index.html'), '/');
  assert.equal(downloadUrl('/repo/', 'docs/mysql.html'), '/repo/docs/mysql');
  assert.equal(downloadUrl('/', 'assets/js/a.1a2b3c4d.js'), '/assets/js/a.1a2b3c4d.js');
});

const v1: OfflineFiles = {
  version: 'v1',
  totalBytes: 30,
  files: [
    { url: '/', revision: 'a', bytes: 10 },
    { url: '/docs/x', revision: 'b', bytes: 10 },
    { url: '/docs/old', revision: 'c', bytes: 10 },
  ],
};
const v2: OfflineFiles = {
  version: 'v2',
  totalBytes: 30,
  files: [
    { url: '/', revision: 'a', bytes: 10 },
    { url: '/docs/x', revision: 'b2', bytes: 10 },
    { url: '/docs/new', revision: 'd', bytes: 10 },
  ],
};

test('第一次下载取全部文件', () => {
  assert.deepEqual(planDownload(null, v1), { fetch: v1.files, remove: [] });
});

test('新版本只取变化和新增的文件，删掉新版本里没有的', () => {
  const state: CopyState = { version: 'v1', complete: true, revisions: { '/': 'a', '/docs/x': 'b', '/docs/old': 'c' } };
  assert.ok(isUpToDate(state, v1));
  assert.ok(!isUpToDate(state, v2));
  const plan = planDownload(state, v2);
  assert.deepEqual(plan.fetch.map((f) => f.url), ['/docs/x', '/docs/new']);
  assert.deepEqual(plan.remove, ['/docs/old']);
});

test('中断的下载接着取剩下的文件', () => {
  const state: CopyState = { version: 'v1', complete: false, revisions: { '/': 'a' } };
  assert.ok(!isUpToDate(state, v1));
  assert.deepEqual(planDownload(state, v1).fetch.map((f) => f.url), ['/docs/x', '/docs/old']);
});
