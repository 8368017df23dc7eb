// 打包沙箱运行器：worker（sucrase + 执行引擎）和承载它的 iframe 页面。
// 输出到 generated/runner/，由 docusaurus 作为静态目录发布在 /runner/ 下；
// Node 测试也加载同一个 worker.js。
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'generated', 'runner');
const publicDir = join(root, 'generated', 'static', 'runner');
mkdirSync(out, { recursive: true });
mkdirSync(publicDir, { recursive: true });

// 运行库源码：编辑器把它们作为只读标签页展示，也随每次运行一起交给 worker。
const libDir = join(root, 'src', 'runner', 'lib');
const libSources = Object.fromEntries(
  readdirSync(libDir).filter((f) => f.endsWith('.ts')).sort().map((f) => [f, readFileSync(join(libDir, f), 'utf8')]),
);
writeFileSync(join(out, 'lib-sources.json'), JSON.stringify(libSources));

const common = { bundle: true, minify: true, format: 'iife', target: 'es2022', write: false, legalComments: 'none', logLevel: 'error' };

const worker = await build({ ...common, entryPoints: [join(root, 'src/runner/worker-entry.ts')], platform: 'neutral', mainFields: ['module', 'main'] });
const workerSource = worker.outputFiles[0].text;
writeFileSync(join(out, 'worker.js'), workerSource);

const frame = await build({
  ...common,
  entryPoints: [join(root, 'src/runner/frame-entry.ts')],
  platform: 'browser',
  define: { __WORKER_SOURCE__: JSON.stringify(workerSource) },
});
// 页面取来 frame.js，以 srcdoc 内联进 sandbox iframe（见 src/runner/client.ts）。
const frameSource = frame.outputFiles[0].text;
writeFileSync(join(publicDir, 'frame.js'), frameSource);
// 类型检查 worker：TypeScript 编译器加上检查示例用的那几个 lib 文件（lib.es2022 与 lib.webworker 及其引用）。
const tsLibDir = join(root, 'node_modules', 'typescript', 'lib');
const tsLibs = {};
const wantLib = (name) => {
  if (name in tsLibs) return;
  const text = readFileSync(join(tsLibDir, name), 'utf8');
  tsLibs[name] = text;
  for (const m of text.matchAll(/\/\/\/\s*<reference\s+lib="([^"]+)"/g)) wantLib(`lib.${m[1].toLowerCase()}.d.ts`);
};
wantLib('lib.es2022.d.ts');
wantLib('lib.webworker.d.ts');
const typecheck = await build({
  ...common,
  entryPoints: [join(root, 'src/runner/typecheck/worker.ts')],
  platform: 'browser',
  // TypeScript 只在 Node 里才会 require 这些模块；浏览器 worker 里走不到。
  external: ['fs', 'path', 'os', 'crypto', 'inspector', 'perf_hooks', 'module', 'source-map-support', 'buffer', 'util'],
  define: { __TS_LIBS__: JSON.stringify(tsLibs) },
});
const typecheckSource = typecheck.outputFiles[0].text;
writeFileSync(join(publicDir, 'typecheck.js'), typecheckSource);

console.log(`runner: worker ${(workerSource.length / 1024).toFixed(0)} KB, frame ${(frameSource.length / 1024).toFixed(0)} KB, typecheck ${(typecheckSource.length / 1024).toFixed(0)} KB (${Object.keys(tsLibs).length} lib files)`);
