// java.util.concurrent 的小移植：每条断言对应 JDK 文档写明、并在 JDK 上实测过的行为。程序经由沙箱运行器执行。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNode } from '../../src/runner/node-runner';
import { libraryFiles } from '../../scripts/lib/examples';

const prelude = `import { Semaphore, Thread } from './juc';\nimport { runtime } from './go';\n`;
const run = (body: string) => runInNode({ ...libraryFiles(), 'main.ts': prelude + body }, { timeoutMs: 4000 });

// 线程 T 要 3 个许可而只有 1 个，进队等待；主线程随后 acquire(1)。
const bargeProgram = (fair: boolean) => `
const s = new Semaphore(1${fair ? ', true' : ''});
const t = Thread.start('T', async () => { await s.acquire(3); console.log('T got 3'); });
while (!s.hasQueuedThreads()) await runtime.gosched();
let got = false;
Thread.start('main-acquire', async () => { await s.acquire(1); got = true; console.log('main got 1'); });
await runtime.gosched();
console.log('after acquire(1): got =', got, 'left =', s.availablePermits());
if (!got) console.log('tryAcquire =', s.tryAcquire());
s.release(3);
await t.join();
console.log('left', s.availablePermits());
`;

test('Semaphore 默认非公平：有人排队等 3 个许可时，acquire(1) 照样拿走空闲的许可', async () => {
  const out = await run(bargeProgram(false));
  assert.equal(out.stderr, '');
  assert.equal(out.stdout, 'main got 1\nafter acquire(1): got = true left = 0\nT got 3\nleft 0\n');
});

test('公平的 Semaphore：队列里有人时 acquire 排到后面；不带超时的 tryAcquire 仍然插队', async () => {
  const out = await run(bargeProgram(true));
  assert.equal(out.stderr, '');
  assert.equal(out.stdout, 'after acquire(1): got = false left = 1\ntryAcquire = true\nT got 3\nleft 0\n');
});

test('release 按排队顺序交出许可：排在最前的要的多，后面要的少的也得等', async () => {
  const out = await run(`
const s = new Semaphore(0);
const a = Thread.start('A', async () => { await s.acquire(2); console.log('A got 2'); });
while (!s.hasQueuedThreads()) await runtime.gosched();
const b = Thread.start('B', async () => { await s.acquire(1); console.log('B got 1'); });
await runtime.gosched();
s.release(1);
await runtime.gosched();
console.log('after release(1):', s.availablePermits());
s.release(1);
await a.join();
console.log('after release(1) again:', s.availablePermits());
s.release(1);
await b.join();
`);
  assert.equal(out.stdout, 'after release(1): 1\nA got 2\nafter release(1) again: 0\nB got 1\n');
});
