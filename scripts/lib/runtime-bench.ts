// 运行库的两个数字（npm run bench 打印）：channel 乒乓一个来回的耗时，Ticker 20 × 100ms 的实际总时长。
// 程序经由浏览器同款的沙箱 worker 运行；libFiles 可以换成别的版本的运行库来对比。
import { runInNode } from '../../src/runner/node-runner';
import { libraryFiles } from './examples';

const PING_PONG = `
import { chan, go, time } from './go';
const N = 100000;
const ping = chan<number>();
const pong = chan<number>();
go(async () => { for (;;) { const v = await ping.recv(); await pong.send(v); } });
for (let i = 0; i < 20000; i++) { await ping.send(i); await pong.recv(); } // 预热
const t0 = performance.now();
for (let i = 0; i < N; i++) { await ping.send(i); await pong.recv(); }
console.log(((performance.now() - t0) * 1000 / N).toFixed(2));
`;

const TICKER = `
import { time } from './go';
const t = time.newTicker(100);
const t0 = performance.now();
for (let i = 0; i < 20; i++) await t.C.recv();
console.log((performance.now() - t0).toFixed(0));
t.stop();
`;

async function runNumber(main: string, libFiles: Record<string, string>): Promise<number> {
  const out = await runInNode({ ...libFiles, 'main.ts': main }, { timeoutMs: 30_000 });
  const n = Number(out.stdout.trim());
  if (!Number.isFinite(n)) throw new Error(`benchmark failed: ${out.result.kind} ${out.stderr}`);
  return n;
}

export async function runtimeFigures(libFiles: Record<string, string> = libraryFiles()): Promise<{ pingPongUs: number; tickerMs: number }> {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) samples.push(await runNumber(PING_PONG, libFiles));
  return { pingPongUs: Math.min(...samples), tickerMs: await runNumber(TICKER, libFiles) };
}
