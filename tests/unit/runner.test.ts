// 沙箱运行器：经由和浏览器相同的 worker 脚本（generated/runner/worker.js）运行。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNode } from '../../src/runner/node-runner';
import { libraryFiles } from '../../scripts/lib/examples';

const run = (main: string, extra: Record<string, string> = {}, opts: { timeoutMs?: number; maxLines?: number } = {}) =>
  runInNode({ ...libraryFiles(), 'main.ts': main, ...extra }, { timeoutMs: opts.timeoutMs, limits: opts.maxLines ? { maxLines: opts.maxLines } : undefined });

test('顶层 await 与多文件导入', async () => {
  const out = await run(
    `import { double } from './util';\nimport { sleep } from './go';\nawait sleep(5);\nconsole.log(double(21));\n`,
    { 'util.ts': 'export function double(n: number): number { return n * 2; }\n' },
  );
  assert.equal(out.stdout, '42\n');
  assert.equal(out.result.kind, 'ok');
  assert.equal(out.result.exitCode, 0);
});

test('语法错误给出读者文件里的行和列', async () => {
  const out = await run(`const a = 1;\nconst b = ;\n`);
  assert.equal(out.result.kind, 'syntax');
  assert.match(out.stderr, /^main\.ts:2:11 SyntaxError/);
  assert.match(out.result.message ?? '', /第 2 行第 11 列/);
});

test('抛出的异常给出消息和读者代码所在行', async () => {
  const out = await run(`const x = 1;\nfunction f(): never {\n  throw new RangeError('越界了');\n}\nf();\n`);
  assert.equal(out.result.kind, 'error');
  assert.equal(out.result.exitCode, 1);
  assert.match(out.stderr, /RangeError: 越界了/);
  assert.match(out.stderr, /at main\.ts:3:\d+/);
});

test('未处理的 Promise 拒绝会被报告', async () => {
  const out = await run(`Promise.reject(new Error('没人接住'));\nawait new Promise((r) => setTimeout(r, 50));\nconsole.log('不该打印');\n`);
  assert.equal(out.result.kind, 'error');
  assert.match(out.stderr, /Unhandled promise rejection: Error: 没人接住/);
  assert.equal(out.stdout, '');
});

test('死循环在超时后被终止，下一次运行照常工作', async () => {
  const out = await run(`console.log('start');\nwhile (true) {}\n`, {}, { timeoutMs: 800 });
  assert.equal(out.result.kind, 'timeout');
  assert.equal(out.stdout, 'start\n');
  const next = await run(`console.log('again');\n`);
  assert.equal(next.stdout, 'again\n');
});

test('输出超过上限时截断并附说明', async () => {
  const out = await run(`for (let i = 0; i < 100000; i++) console.log(i);\n`, {}, { maxLines: 2000 });
  assert.equal(out.result.kind, 'truncated');
  const lines = out.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 2000);
  assert.equal(lines[1999], '1999');
  assert.match(out.result.message ?? '', /2000 行/);
});

test('不能导入 npm 包，也不能发网络请求', async () => {
  const imp = await run(`import fs from 'node:fs';\nconsole.log(fs);\n`);
  assert.equal(imp.result.kind, 'error');
  assert.match(imp.stderr, /只能导入/);
  const net = await run(`for (const f of [() => fetch('http://127.0.0.1/'), () => new XMLHttpRequest(), () => new WebSocket('ws://127.0.0.1/')]) {\n  try { f(); } catch (e) { console.log((e as Error).message); }\n}\n`);
  assert.equal(net.stdout, '沙箱里没有网络：fetch 不可用\n沙箱里没有网络：XMLHttpRequest 不可用\n沙箱里没有网络：WebSocket 不可用\n');
});

test('main 返回即结束程序，不等其他 goroutine（和 Go 一样）', async () => {
  const out = await run(`import { go, sleep } from './go';\ngo(async () => { await sleep(50); console.log('late'); });\nconsole.log('main done');\n`);
  assert.equal(out.stdout, 'main done\n');
  assert.equal(out.result.kind, 'ok');
});

test('goroutine 里未恢复的 panic 结束程序，退出码 2', async () => {
  const out = await run(`import { go, panic, sleep } from './go';\ngo(() => {\n  panic('boom');\n});\nawait sleep(50);\nconsole.log('unreachable');\n`);
  assert.equal(out.result.exitCode, 2);
  assert.equal(out.stderr.split('\n')[0], 'panic: boom');
  assert.match(out.stderr, /\n\ngoroutine \d+ \[running\]:\n.*\n\tmain\.ts:3:/);
  assert.equal(out.stdout, '');
});
