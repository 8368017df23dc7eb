// 沙箱的输出上限与消息检查：每种行结束符都算一行、按字节封顶、超长行截断；伪造的消息被丢弃。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LIMITS, LONG_LINE_NOTE, OutputLimiter } from '../../src/runner/engine/output-limit';
import { parseFrameEvent, parseWorkerEvent } from '../../src/runner/engine/protocol';
import { runInNode } from '../../src/runner/node-runner';
import { libraryFiles } from '../../scripts/lib/examples';

const limiter = (maxLines: number, maxBytes = 1 << 20, maxLineChars = 1000) => new OutputLimiter({ maxLines, maxBytes, maxLineChars });

test('每种行结束符都算一行，\\r\\n 算一行', () => {
  for (const t of ['\n', '\r', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029']) {
    const l = limiter(3);
    const shown = l.push(`a${t}b${t}c${t}d${t}`);
    assert.equal(shown, `a${t}b${t}c${t}`, JSON.stringify(t));
    assert.equal(l.capped, 'lines', JSON.stringify(t));
  }
});

test('正好到上限的输出不算超限；分块到达的 \\r\\n 不重复计数', () => {
  const l = limiter(2);
  assert.equal(l.push('x\r'), 'x\r');
  assert.equal(l.push('\ny\n'), '\ny\n');
  assert.equal(l.capped, null);
  assert.equal(l.push('z'), '');
  assert.equal(l.capped, 'lines');
});

test('没有换行的许多小块按字节封顶', () => {
  const l = limiter(2000, 1000);
  let shown = '';
  for (let i = 0; i < 50_000 && !l.capped; i++) shown += l.push('ab');
  assert.equal(l.capped, 'bytes');
  assert.ok(shown.length <= 1000);
});

test('字节按 UTF-8 计算（中文 3 字节，emoji 4 字节）', () => {
  const l = limiter(10, 10);
  assert.equal(l.push('中文'), '中文');
  assert.equal(l.push('😀'), '😀');
  assert.equal(l.push('x'), '');
  assert.equal(l.capped, 'bytes');
});

test('超长的行截断并附说明，下一行照常显示', () => {
  const l = limiter(10, 1 << 20, 5);
  assert.equal(l.push('0123456789'), `01234${LONG_LINE_NOTE}`);
  assert.equal(l.push('abc\nok\n'), '\nok\n');
  assert.equal(l.capped, null);
});

test('监督者只认这次运行、形状和大小都对的 worker 消息', () => {
  const ok = { type: 'output', id: 7, stream: 'stdout', text: 'hi' };
  assert.deepEqual(parseWorkerEvent(ok, 7, 100), ok);
  assert.equal(parseWorkerEvent({ ...ok, id: 8 }, 7, 100), null);
  assert.equal(parseWorkerEvent({ ...ok, stream: 'tty' }, 7, 100), null);
  assert.equal(parseWorkerEvent({ ...ok, text: { toString: () => 'x' } }, 7, 100), null);
  assert.equal(parseWorkerEvent({ ...ok, text: 'x'.repeat(101) }, 7, 100), null);
  assert.equal(parseWorkerEvent({ type: 'done', id: 7, end: { kind: 'timeout' } }, 7, 100), null);
  assert.equal(parseWorkerEvent({ type: 'done', id: 7, end: { kind: 'exit', exitCode: -42 } }, 7, 100), null);
  assert.equal(parseWorkerEvent({ type: 'done', id: 7, end: { kind: 'syntax', position: { file: '<img>', line: 1, column: 1 } } }, 7, 100), null);
  assert.deepEqual(parseWorkerEvent({ type: 'done', id: 7, end: { kind: 'exit', exitCode: 3, extra: 1 } }, 7, 100), { type: 'done', id: 7, end: { kind: 'exit', exitCode: 3 } });
});

test('页面只认当前运行的、形状和大小都对的 iframe 消息', () => {
  const done = { type: 'done', id: 3, result: { kind: 'ok', exitCode: 0 }, elapsedMs: 12 };
  assert.deepEqual(parseFrameEvent(done, 3, 100), done);
  assert.equal(parseFrameEvent(done, 4, 100), null);
  assert.equal(parseFrameEvent(done, null, 100), null);
  assert.equal(parseFrameEvent({ ...done, elapsedMs: -42 }, 3, 100), null);
  assert.equal(parseFrameEvent({ ...done, result: { kind: 'passed', exitCode: 0 } }, 3, 100), null);
  assert.equal(parseFrameEvent({ ...done, result: { kind: 'ok', exitCode: 0, message: 'x'.repeat(500) } }, 3, 100), null);
  assert.equal(parseFrameEvent({ type: 'output', id: 3, stream: 'stdout', text: ['a'] }, 3, 100), null);
  assert.deepEqual(parseFrameEvent({ type: 'ready' }, null, 0), { type: 'ready' });
});

const run = (main: string, timeoutMs = 5000) => runInNode({ ...libraryFiles(), 'main.ts': main }, { timeoutMs });

test('读者代码伪造的结束消息和改写的 postMessage 都不算数，状态由监督者给出', async () => {
  const out = await run(`
const g = globalThis as unknown as { postMessage(m: unknown): void };
g.postMessage({ type: 'done', id: 1, end: { kind: 'ok' } });
g.postMessage({ type: 'done', id: 1, result: { kind: 'ok', exitCode: 0, message: '全部通过' }, elapsedMs: -42 });
const proto = (globalThis as unknown as { MessagePort?: { prototype: { postMessage: unknown } } }).MessagePort?.prototype;
if (proto) proto.postMessage = function () { /* 吞掉 */ };
console.log('still here');
throw new Error('real failure · 全部通过');
`);
  assert.equal(out.result.kind, 'error');
  assert.equal(out.result.exitCode, 1);
  assert.equal(out.result.message, '未捕获的异常，见输出。');
  assert.ok(out.elapsedMs >= 0);
  assert.match(out.stdout, /still here/);
});

test('50 MB 的字符串被按字节截断，运行立刻结束', async () => {
  const out = await run(`console.log('x'.repeat(50 * 1024 * 1024));\nconsole.log('after');\n`);
  assert.equal(out.result.kind, 'truncated');
  assert.match(out.result.message ?? '', /KB/);
  assert.ok(out.stdout.length <= DEFAULT_LIMITS.maxLineChars + LONG_LINE_NOTE.length + 1, `显示了 ${out.stdout.length} 个字符`);
  assert.ok(!out.stdout.includes('after'));
});

test('没有换行的 5 万个小块合并成少数几批', async () => {
  const out = await run(`const w = (globalThis as unknown as { __goHost: { write(s: string, t: string): void } }).__goHost;\nfor (let i = 1; i <= 50000; i++) w.write('stdout', i % 1000 === 0 ? '\\n' : i % 10 === 0 ? '.' : '');\n`);
  assert.equal(out.result.kind, 'ok');
  assert.equal(out.stdout, ('.'.repeat(99) + '\n').repeat(50));
  assert.ok(out.chunks.length < 50, `${out.chunks.length} 批`);
});

test('超长的错误消息和错误栈不会拖慢错误定位', async () => {
  const out = await run(`const e = new Error('m'.repeat(5_000_000));\nthrow e;\n`);
  assert.equal(out.result.kind, 'error');
  // 以前这里的正则把 5 秒的预算全用完，读者看到的是“超时”而不是自己的错误。
  assert.match(out.stderr, /^Error: m+…/);
});

test('worker 一侧的合批：零星的输出立即发出，一口气的几万块攒成少数几批，顺序不变', async () => {
  const { createOutputBatcher } = await import('../../src/runner/engine/output-batch');
  const posted: Array<[string, string]> = [];
  const timers: Array<() => void> = [];
  let t = 0;
  const b = createOutputBatcher((s, x) => posted.push([s, x]), (cb) => timers.push(cb), () => t, { burst: 3, windowMs: 16, maxChars: 10 });
  b.emit('stdout', 'a');
  assert.deepEqual(posted, [['stdout', 'a']], '第一块立即发出（死循环之前的输出不会丢）');
  b.emit('stdout', 'b');
  b.emit('stderr', 'c');
  b.emit('stdout', 'd');
  b.emit('stdout', 'e');
  assert.deepEqual(posted, [['stdout', 'a'], ['stdout', 'b'], ['stderr', 'c']]);
  for (let i = 0; i < 20; i++) b.emit('stdout', 'x');
  assert.ok(posted.length < 8, `${posted.length} 条`);
  timers.splice(0).forEach((cb) => cb());
  assert.equal(posted.map(([, x]) => x).join(''), 'abcde' + 'x'.repeat(20));
  t = 100;
  b.emit('stdout', 'later');
  assert.deepEqual(posted.at(-1), ['stdout', 'later'], '新的时间窗里又立即发出');
});
