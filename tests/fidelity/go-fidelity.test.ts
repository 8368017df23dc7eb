// Go 保真度语料：tests/go-fidelity/<名字>/ 下的 Go 原文用真实的 Go 1.23（GOMAXPROCS=1，和沙箱的单个 P 一致）
// 编译运行，TypeScript 移植经由浏览器同款的沙箱 worker 运行；两边的标准输出、标准错误第一行和退出码必须相同。
// TypeScript 一侧用运行库的假时间（__goFakeTime，和 Go Playground 的 faketime 一样：时钟只在所有 goroutine
// 都阻塞时跳到下一个计时器），所以在繁忙的机器上也得到确定的输出；Go 一侧用真实时间，是行为的标准
// （Go 的 -tags=faketime 让同一时刻到期的计时器按堆的顺序触发，和真实的 Go 不同）。打印耗时的程序先取整。
// 原文需要更新的 Go 版本时（fidelity.json 里的 "go"），改为和手写的 expected.txt 比对。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTypeScript, ROOT, runGo, type Example, type ExampleMeta } from '../../scripts/lib/examples';

const CORPUS = join(ROOT, 'tests', 'go-fidelity');

interface FidelityMeta {
  /** 原文需要的 Go 版本（比如 1.25）：本机的 Go 1.23 编译不了，用 expected.txt 和下面的字段代替。 */
  go?: string;
  why?: string;
  stderr?: string;
  exitCode?: number;
}

const dirs = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

test('保真度语料至少有 20 个程序', () => {
  assert.ok(dirs.length >= 20, `only ${dirs.length}`);
});

for (const name of dirs) {
  const dir = join(CORPUS, name);
  const files = readdirSync(dir);
  const metaPath = join(dir, 'fidelity.json');
  const fm: FidelityMeta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as FidelityMeta) : {};
  const tsFiles: Record<string, string> = Object.fromEntries(files.filter((f) => f.endsWith('.ts')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  // 在 ./go 加载之前打开假时间；写在第一行的开头，行号不变。
  tsFiles['faketime.ts'] = 'globalThis.__goFakeTime = true;\n';
  tsFiles['main.ts'] = `import './faketime'; ${tsFiles['main.ts']}`;
  const goFiles = files.filter((f) => f.endsWith('.go'));

  test(`${name}：TypeScript 移植与 Go 输出相同`, async () => {
    const expectation = (): { expected: string; meta: ExampleMeta } => {
      if (fm.go) return { expected: readFileSync(join(dir, 'expected.txt'), 'utf8'), meta: { title: name, stderr: fm.stderr, exitCode: fm.exitCode ?? 0 } };
      const go = runGo(dir, goFiles, { env: { GOMAXPROCS: '1' } });
      assert.equal(go.buildError, null, `go build failed:\n${go.buildError}`);
      assert.equal(go.error, undefined, String(go.error));
      const firstLine = go.stderr === '' ? undefined : go.stderr.split('\n')[0];
      return { expected: go.stdout, meta: { title: name, stderr: firstLine, exitCode: go.code } };
    };
    // 假时间下 TypeScript 一侧是确定的；真实时间的 Go 在很忙的机器上偶尔会让同时到期的计时器分两批触发，
    // 所以不一致时再跑两次 Go，任何一次一致即可。
    let r = { ok: false, detail: '' };
    for (let attempt = 0; attempt < 3 && !r.ok; attempt++) {
      const { expected, meta } = expectation();
      const ex: Example = { id: `go-fidelity/${name}`, dir, meta, tsFiles, goFiles, javaFiles: [], expected };
      r = await checkTypeScript(ex);
      if (fm.go) break;
    }
    assert.ok(r.ok, r.detail);
  });
}
