// Go 风格并发库：每条断言对应 Go 文档里写明的行为。程序经由沙箱运行器执行。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNode } from '../../src/runner/node-runner';
import { libraryFiles } from '../../scripts/lib/examples';

const prelude = `import { go, chan, nilChan, select, sleep, time, WaitGroup, Mutex, RWMutex, Once, atomic, context, runtime, fmt } from './go';\n`;
const run = (body: string) => runInNode({ ...libraryFiles(), 'main.ts': prelude + body }, { timeoutMs: 4000 });

test('无缓冲 channel：发送方一直阻塞到接收方到来', async () => {
  const out = await run(`
const ch = chan<string>();
go(async () => { fmt.Println('send start'); await ch.send('x'); fmt.Println('send done'); });
await sleep(20);
fmt.Println('recv', await ch.recv());
await sleep(5);
`);
  assert.equal(out.stdout, 'send start\nrecv x\nsend done\n');
});

test('带缓冲 channel：先进先出，满了才阻塞，len/cap', async () => {
  const out = await run(`
const ch = chan<number>(2);
await ch.send(1); await ch.send(2);
fmt.Println(ch.length, ch.cap);
let third = false;
go(async () => { await ch.send(3); third = true; });
await sleep(10);
fmt.Println('third sent before recv:', third);
fmt.Println(await ch.recv(), await ch.recv(), await ch.recv());
`);
  assert.equal(out.stdout, '2 2\nthird sent before recv: false\n1 2 3\n');
});

test('关闭后：取完缓冲再得零值和 ok=false，range 结束', async () => {
  const out = await run(`
const ch = chan<number>(3, 0);
await ch.send(7); ch.close();
for await (const v of ch) fmt.Println('range', v);
const [v, ok] = await ch.recv2();
fmt.Println(v, ok);
`);
  assert.equal(out.stdout, 'range 7\n0 false\n');
});

test('向已关闭的 channel 发送会 panic', async () => {
  const out = await run(`const ch = chan<number>(1);\nch.close();\nawait ch.send(1);\n`);
  assert.equal(out.result.exitCode, 2);
  assert.equal(out.stderr.split('\n')[0], 'panic: send on closed channel');
});

test('重复关闭会 panic', async () => {
  const out = await run(`const ch = chan<number>();\nch.close();\nch.close();\n`);
  assert.equal(out.stderr.split('\n')[0], 'panic: close of closed channel');
});

test('阻塞中的发送者在 channel 关闭时 panic', async () => {
  const out = await run(`const ch = chan<number>();\ngo(async () => { await sleep(10); ch.close(); });\nawait ch.send(1);\n`);
  assert.equal(out.stderr.split('\n')[0], 'panic: send on closed channel');
});

test('select：default 分支不阻塞；超时分支；就绪分支', async () => {
  const out = await run(`
const ch = chan<number>();
await select([ch.onRecv((v) => fmt.Println('got', v))], () => fmt.Println('default'));
await select([ch.onRecv((v) => fmt.Println('got', v)), time.after(20).onRecv(() => fmt.Println('timeout'))]);
go(async () => { await ch.send(5); });
await select([ch.onRecv((v, ok) => fmt.Println('got', v, ok)), time.after(500).onRecv(() => fmt.Println('timeout'))]);
const out = chan<number>(1);
await select([out.onSend(9, () => fmt.Println('sent'))]);
fmt.Println(await out.recv());
`);
  assert.equal(out.stdout, 'default\ntimeout\ngot 5 true\nsent\n9\n');
});

test('select 被选中后，其他分支不会再消费值', async () => {
  const out = await run(`
const a = chan<number>(), b = chan<number>(1);
go(async () => { await sleep(10); await a.send(1); });
await select([a.onRecv((v) => fmt.Println('a', v)), b.onRecv((v) => fmt.Println('b', v))]);
await b.send(2);
fmt.Println('b still has', await b.recv());
`);
  assert.equal(out.stdout, 'a 1\nb still has 2\n');
});

test('WaitGroup 等待全部完成；计数为负时 panic', async () => {
  const ok = await run(`
const wg = new WaitGroup();
const n = new atomic.Int64();
for (let i = 0; i < 5; i++) { wg.add(1); go(async () => { await sleep(5 * i); n.add(1); wg.done(); }); }
await wg.wait();
fmt.Println(n.load());
`);
  assert.equal(ok.stdout, '5\n');
  const bad = await run(`const wg = new WaitGroup();\nwg.done();\n`);
  assert.equal(bad.stderr.split('\n')[0], 'panic: sync: negative WaitGroup counter');
});

test('解锁未加锁的 Mutex 是 fatal error，try/catch 也救不回来', async () => {
  const out = await run(`
const mu = new Mutex();
try { mu.unlock(); } catch { fmt.Println('recovered?'); }
fmt.Println('after');
`);
  assert.equal(out.result.exitCode, 2);
  assert.equal(out.stderr.split('\n')[0], 'fatal error: sync: unlock of unlocked mutex');
  assert.equal(out.stdout, '');
});

test('Mutex 按到达顺序交给等待者', async () => {
  const out = await run(`
const mu = new Mutex();
await mu.lock();
const wg = new WaitGroup();
// 每个等待者启动后先让它跑到 lock() 上阻塞，再启动下一个：到达顺序确定，不依赖计时。
for (let i = 1; i <= 3; i++) { wg.add(1); go(async () => { await mu.lock(); fmt.Println('got', i); mu.unlock(); wg.done(); }); await runtime.gosched(); }
await sleep(20);
fmt.Println('main unlock');
mu.unlock();
await wg.wait();
`);
  assert.equal(out.stdout, 'main unlock\ngot 1\ngot 2\ngot 3\n');
});

test('RWMutex：写者等所有读者释放；写者排队时新读者也要等', async () => {
  const out = await run(`
const rw = new RWMutex();
await rw.rlock(); await rw.rlock();
go(async () => { await rw.lock(); fmt.Println('writer in'); rw.unlock(); });
await sleep(5);
go(async () => { await rw.rlock(); fmt.Println('late reader in'); rw.runlock(); });
await sleep(5);
fmt.Println('release 1'); rw.runlock();
await sleep(5);
fmt.Println('release 2'); rw.runlock();
await sleep(10);
`);
  assert.equal(out.stdout, 'release 1\nrelease 2\nwriter in\nlate reader in\n');
});

test('Once 只执行一次', async () => {
  const out = await run(`
const once = new Once();
for (let i = 0; i < 3; i++) await once.do(() => fmt.Println('init', i));
`);
  assert.equal(out.stdout, 'init 0\n');
});

test('context：取消传播到子 context，超时得到 deadline exceeded', async () => {
  const out = await run(`
const [parent, cancel] = context.withCancel(context.background());
const [child] = context.withTimeout(parent, 1000);
fmt.Println(child.err());
cancel();
await child.done()!.recv();
fmt.Println(child.err()!.message, parent.err() === context.Canceled);
const [t] = context.withTimeout(context.background(), 20);
await t.done()!.recv();
fmt.Println(t.err()!.message);
const v = context.withValue(t, 'k', 'v');
fmt.Println(v.value('k'), v.err()!.message);
`);
  assert.equal(out.stdout, '<nil>\ncontext canceled true\ncontext deadline exceeded\nv context deadline exceeded\n');
});

test('runtime.NumGoroutine 计入 main 和仍在运行的 goroutine', async () => {
  const out = await run(`
const block = chan<void>();
for (let i = 0; i < 3; i++) go(async () => { await block.recv(); });
await sleep(5);
fmt.Println(runtime.numGoroutine());
block.close();
await sleep(5);
fmt.Println(runtime.numGoroutine());
`);
  assert.equal(out.stdout, '4\n1\n');
});

test('所有 goroutine 都阻塞时报告死锁', async () => {
  const out = await run(`const ch = chan<number>();\nfmt.Println('before');\nawait ch.recv();\n`);
  assert.equal(out.stdout, 'before\n');
  assert.equal(out.result.exitCode, 2);
  assert.equal(out.stderr.split('\n')[0], 'fatal error: all goroutines are asleep - deadlock!');
});

test('有计时器在等时不算死锁', async () => {
  const out = await run(`const ch = chan<number>();\ngo(async () => { await sleep(50); await ch.send(1); });\nfmt.Println(await ch.recv());\n`);
  assert.equal(out.stdout, '1\n');
  assert.equal(out.result.exitCode, 0);
});

test('Ticker 按间隔送达，Stop 后停止', async () => {
  const out = await run(`
const t = time.newTicker(10);
for (let i = 0; i < 3; i++) { await t.C.recv(); fmt.Println('tick', i); }
t.stop();
`);
  assert.equal(out.stdout, 'tick 0\ntick 1\ntick 2\n');
});

test('fmt 按 Go 的格式输出', async () => {
  const out = await run(`
fmt.Println([1, 2, 3], new Map([['b', 2], ['a', 1]]), { X: 1, Y: 'a' }, null, true, 3.5);
fmt.Printf('%d|%5d|%-4s|%s|%v|%+v|%q|%.2f|%x|%t|%%\\n', 42, 7, 'ab', 'str', [1], { A: 1 }, 'hi', 3.14159, 255, false);
fmt.Print('a', 1, 2, 'b', '\\n');
`);
  assert.equal(out.stdout, '[1 2 3] map[a:1 b:2] {1 a} <nil> true 3.5\n42|    7|ab  |str|[1]|{A:1}|"hi"|3.14|ff|false|%\na1 2b\n');
});

test('goroutine 等运行库之外的 Promise 时，其他 goroutine 照常运行', async () => {
  const out = await run(`
const ch = chan<number>();
go(async () => { await new Promise((r) => setTimeout(r, 20)); fmt.Println('foreign done'); await ch.send(1); });
go(async () => { fmt.Println('other runs'); });
fmt.Println(await ch.recv());
`);
  assert.equal(out.stdout, 'other runs\nforeign done\n1\n');
  assert.equal(out.result.exitCode, 0);
});

test('不停交接的 goroutine 也会定期让出事件循环：计时器照常触发', async () => {
  const out = await run(`
const ping = chan<number>(), pong = chan<number>();
let fired = false;
time.afterFunc(20, () => { fired = true; });
go(async () => { for (;;) await pong.send((await ping.recv()) + 1); });
let n = 0;
while (!fired) { await ping.send(n); n = await pong.recv(); }
fmt.Println('timer fired during ping-pong', n > 0);
`);
  assert.equal(out.stdout, 'timer fired during ping-pong true\n');
});

test('死锁立即报告（不等 5 秒超时），并列出每个 goroutine 的阻塞原因', async () => {
  const out = await run(`
const mu = new Mutex();
await mu.lock();
go(async () => { await mu.lock(); });
go(async () => { await nilChan<number>().send(1); });
const t = time.newTicker(1000);
void t;
await select([chan<number>().onRecv()]);
`.replace("from './go';", "from './go';"));
  assert.equal(out.result.kind, 'exit');
  assert.equal(out.result.exitCode, 2);
  assert.equal(
    out.stderr,
    'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select]:\nmain.main()\n\ngoroutine 2 [sync.Mutex.Lock]:\nmain.main.func1()\n\ngoroutine 3 [chan send (nil chan)]:\nmain.main.func2()\n',
  );
});

test('goroutine 里的 TypeError（访问 null）按 Go 的 nil 指针 panic 报告，指向读者的行', async () => {
  const out = await run(`
type Node = { next: Node | null; v: number };
const n: Node = { next: null, v: 1 };
go(function walk() {
  fmt.Println(n.next!.v);
});
await sleep(50);
`);
  assert.equal(out.result.exitCode, 2);
  const lines = out.stderr.split('\n');
  assert.equal(lines[0], 'panic: runtime error: invalid memory address or nil pointer dereference');
  assert.equal(lines[3], 'goroutine 2 [running]:');
  assert.equal(lines[4], 'main.walk()');
  assert.match(lines[5]!, /^\tmain\.ts:6:\d+$/);
});
