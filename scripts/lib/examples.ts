// 示例目录的读取、运行（TypeScript 走沙箱运行器，Go/Java 走真实工具链）与输出比对。
// scripts/run-example.ts、测试和页面加载器共用这里的规则。
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { runInNode, type NodeRunOutput } from '../../src/runner/node-runner';

export const ROOT = join(__dirname, '..', '..');
export const EXAMPLES_DIR = join(ROOT, 'examples');
export const LIB_DIR = join(ROOT, 'src/runner/lib');

export interface ExampleMeta {
  title: string;
  anyOrder?: Array<[number, number]>;
  stderr?: string;
  exitCode?: number;
  goMode?: 'run' | 'compile-error';
  goErrorContains?: string;
  timeoutMs?: number;
}

export interface Example {
  id: string; // 例如 go-concurrency/unbuffered-channel
  dir: string;
  meta: ExampleMeta;
  tsFiles: Record<string, string>;
  goFiles: string[];
  javaFiles: string[];
  expected: string;
}

export function listExampleDirs(): string[] {
  const dirs: string[] = [];
  if (!existsSync(EXAMPLES_DIR)) return dirs;
  for (const cat of readdirSync(EXAMPLES_DIR, { withFileTypes: true })) {
    if (!cat.isDirectory()) continue;
    for (const ex of readdirSync(join(EXAMPLES_DIR, cat.name), { withFileTypes: true })) {
      if (ex.isDirectory()) dirs.push(join(EXAMPLES_DIR, cat.name, ex.name));
    }
  }
  return dirs.sort();
}

export function libraryFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(LIB_DIR)) if (f.endsWith('.ts')) files[f] = readFileSync(join(LIB_DIR, f), 'utf8');
  return files;
}

export function loadExample(dir: string): Example {
  const names = readdirSync(dir);
  const meta = JSON.parse(readFileSync(join(dir, 'example.json'), 'utf8')) as ExampleMeta;
  const tsFiles: Record<string, string> = {};
  for (const n of names.filter((n) => n.endsWith('.ts'))) tsFiles[n] = readFileSync(join(dir, n), 'utf8');
  return {
    id: relative(EXAMPLES_DIR, dir).split('\\').join('/'),
    dir,
    meta,
    tsFiles,
    goFiles: names.filter((n) => n.endsWith('.go')),
    javaFiles: names.filter((n) => n.endsWith('.java')),
    expected: readFileSync(join(dir, 'expected.txt'), 'utf8'),
  };
}

/**
 * 比对输出：anyOrder 指定的行区间内顺序不限（按多重集合比较），其余行逐行相同。
 * 返回 null 表示一致，否则返回一段说明差异的文字。
 */
export function compareOutput(expected: string, actual: string, anyOrder: Array<[number, number]> = []): string | null {
  const exp = splitLines(expected);
  const act = splitLines(actual);
  if (exp.length !== act.length) return `行数不同：预期 ${exp.length} 行，实际 ${act.length} 行\n${diff(exp, act)}`;
  const free = new Set<number>();
  for (const [a, b] of anyOrder) for (let i = a; i <= b; i++) free.add(i - 1);
  for (let i = 0; i < exp.length; i++) {
    if (!free.has(i) && exp[i] !== act[i]) return `第 ${i + 1} 行不同\n${diff(exp, act)}`;
  }
  for (const [a, b] of anyOrder) {
    const e = exp.slice(a - 1, b).sort();
    const g = act.slice(a - 1, b).sort();
    if (e.join('\n') !== g.join('\n')) return `第 ${a}-${b} 行（顺序不限）内容不同\n${diff(exp, act)}`;
  }
  return null;
}

function splitLines(s: string): string[] {
  const lines = s.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function diff(exp: string[], act: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < Math.max(exp.length, act.length); i++) {
    if (exp[i] === act[i]) out.push(`  ${exp[i]}`);
    else {
      if (exp[i] !== undefined) out.push(`- ${exp[i]}`);
      if (act[i] !== undefined) out.push(`+ ${act[i]}`);
    }
  }
  return out.join('\n');
}

export interface CheckOutcome {
  ok: boolean;
  detail: string;
}

function checkExit(ex: Example, code: number, stderr: string): string | null {
  const wantCode = ex.meta.exitCode ?? 0;
  if (code !== wantCode) return `退出码 ${code}，预期 ${wantCode}\nstderr:\n${stderr}`;
  if (ex.meta.stderr !== undefined) {
    const first = stderr.split('\n')[0];
    if (first !== ex.meta.stderr) return `stderr 第一行是「${first}」，预期「${ex.meta.stderr}」`;
  } else if (wantCode === 0 && stderr.trim() !== '') {
    return `意外的 stderr：\n${stderr}`;
  }
  return null;
}

export async function runTypeScript(ex: Example): Promise<NodeRunOutput> {
  return runInNode({ ...libraryFiles(), ...ex.tsFiles }, { timeoutMs: ex.meta.timeoutMs ?? 10_000 });
}

export async function checkTypeScript(ex: Example): Promise<CheckOutcome> {
  const out = await runTypeScript(ex);
  const exitProblem = checkExit(ex, out.result.exitCode, out.stderr);
  const outputProblem = compareOutput(ex.expected, out.stdout, ex.meta.anyOrder);
  const problems = [exitProblem, outputProblem].filter(Boolean);
  return problems.length
    ? { ok: false, detail: `${out.result.kind}${out.result.message ? `（${out.result.message}）` : ''}\n${problems.join('\n')}` }
    : { ok: true, detail: `${out.elapsedMs.toFixed(0)} ms` };
}

const GO_ENV = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod', GOPROXY: 'off', GO111MODULE: 'on', LANG: 'C.UTF-8' };

export function goBinary(): string {
  for (const candidate of ['/usr/lib/go-1.23/bin/go', 'go']) {
    try {
      const v = execFileSync(candidate, ['version'], { encoding: 'utf8' });
      const m = /go1\.(\d+)/.exec(v);
      if (m && Number(m[1]) >= 23) return candidate;
    } catch {
      /* 试下一个 */
    }
  }
  throw new Error('需要 Go 1.23 或更新版本（bookworm-backports 的 golang-go）');
}

export interface GoRun {
  /** go build 失败时是编译器的输出，否则为 null。 */
  buildError: string | null;
  code: number;
  stdout: string;
  stderr: string;
  error?: Error;
}

/** 用真实的 Go 工具链编译并运行一个目录里的 Go 文件（env 追加到运行时的环境变量，例如 GOMAXPROCS=1）。 */
export function runGo(dir: string, goFiles: string[], options: { timeoutMs?: number; env?: Record<string, string> } = {}): GoRun {
  const work = mkdtempSync(join(tmpdir(), 'hb-go-'));
  try {
    for (const f of goFiles) cpSync(join(dir, f), join(work, f));
    writeFileSync(join(work, 'go.mod'), 'module example\n\ngo 1.23\n');
    const go = goBinary();
    const bin = join(work, 'prog');
    const build = spawnSync(go, ['build', '-o', bin, '.'], { cwd: work, env: { ...GO_ENV, GOCACHE: process.env.GOCACHE ?? join(tmpdir(), 'hb-gocache') }, encoding: 'utf8' });
    if (build.status !== 0) return { buildError: build.stderr, code: build.status ?? -1, stdout: '', stderr: build.stderr };
    const run = spawnSync(bin, [], { cwd: work, encoding: 'utf8', timeout: options.timeoutMs ?? 20_000, env: { ...process.env, LANG: 'C.UTF-8', ...options.env } });
    return { buildError: null, code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr, error: run.error };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function checkGo(ex: Example): CheckOutcome {
  const r = runGo(ex.dir, ex.goFiles, { timeoutMs: ex.meta.timeoutMs });
  if (ex.meta.goMode === 'compile-error') {
    if (r.buildError === null) return { ok: false, detail: '预期编译失败，但编译通过了' };
    const want = ex.meta.goErrorContains ?? '';
    return r.buildError.includes(want)
      ? { ok: true, detail: '按预期编译失败' }
      : { ok: false, detail: `编译错误里没有「${want}」：\n${r.buildError}` };
  }
  if (r.buildError !== null) return { ok: false, detail: `go build 失败：\n${r.buildError}` };
  return judge(ex, r.code, r.stdout, r.stderr, r.error);
}

export function checkJava(ex: Example): CheckOutcome {
  const work = mkdtempSync(join(tmpdir(), 'hb-java-'));
  try {
    const sources = ex.javaFiles.map((f) => join(ex.dir, f));
    const javac = spawnSync('javac', ['-encoding', 'UTF-8', '-d', work, ...sources], { encoding: 'utf8' });
    if (javac.status !== 0) return { ok: false, detail: `javac 失败：\n${javac.stderr}` };
    const main = basename(ex.javaFiles.find((f) => f === 'Main.java') ?? ex.javaFiles[0]!, '.java');
    const run = spawnSync('java', ['-Dfile.encoding=UTF-8', '-Dstdout.encoding=UTF-8', '-Dstderr.encoding=UTF-8', '-cp', work, main], {
      encoding: 'utf8',
      timeout: ex.meta.timeoutMs ?? 20_000,
      env: { ...process.env, LANG: 'C.UTF-8' },
    });
    return judge(ex, run.status ?? -1, run.stdout, run.stderr, run.error);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function judge(ex: Example, code: number, stdout: string, stderr: string, error?: Error): CheckOutcome {
  if (error) return { ok: false, detail: `运行失败：${error.message}` };
  const problems = [checkExit(ex, code, stderr), compareOutput(ex.expected, stdout, ex.meta.anyOrder)].filter(Boolean);
  return problems.length ? { ok: false, detail: problems.join('\n') } : { ok: true, detail: 'ok' };
}
