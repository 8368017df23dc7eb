// 编辑后的类型检查：浏览器里用的同一个 worker 脚本（generated/static/runner/typecheck.js），在 Node 的 worker_threads 里加载。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { libraryFiles } from '../../scripts/lib/examples';
import type { TypecheckResponse } from '../../src/runner/typecheck/protocol';
import { formatDiagnostic } from '../../src/runner/typecheck/protocol';

const BUNDLE = join(__dirname, '..', '..', 'generated', 'static', 'runner', 'typecheck.js');
const SHIM = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.postMessage = (m) => parentPort.postMessage(m);
parentPort.on('message', (m) => globalThis.onmessage && globalThis.onmessage({ data: m }));
require(workerData.bundle);
`;

function check(main: string): Promise<TypecheckResponse> {
  const worker = new Worker(SHIM, { eval: true, workerData: { bundle: BUNDLE } });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: TypecheckResponse) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
    worker.postMessage({ id: 1, files: { ...libraryFiles(), 'main.ts': main }, report: ['main.ts'] });
  });
}

test('严格模式的类型错误带行列号，和 tsc 的格式一样', async () => {
  const r = await check(`import { chan } from './go';\nconst ch = chan<number>();\nconst s: string = 1;\nawait ch.send('x');\nfunction f(a) { return a; }\n`);
  assert.equal(r.error, undefined);
  const lines = r.diagnostics.map(formatDiagnostic);
  assert.ok(lines.some((l) => l.startsWith("main.ts:3:7 - error TS2322: Type 'number' is not assignable to type 'string'.")), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('main.ts:4:15 - error TS2345')), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('main.ts:5:12 - error TS7006')), lines.join('\n')); // noImplicitAny
});

test('正确的程序（用到运行库和 ES2022 / worker 全局）没有错误', async () => {
  const r = await check(`import { go, chan, WaitGroup, fmt } from './go';\nconst wg = new WaitGroup();\nconst ch = chan<number>(1);\nwg.add(1);\ngo(async () => { await ch.send([1, 2].at(-1) ?? 0); wg.done(); });\nawait wg.wait();\nfmt.Println(await ch.recv(), Object.hasOwn({ a: 1 }, 'a'));\nsetTimeout(() => console.log(structuredClone({ x: 1 })), 1);\n`);
  assert.deepEqual(r.diagnostics.map(formatDiagnostic), []);
});
