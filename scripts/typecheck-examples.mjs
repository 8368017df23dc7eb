// 用 tsc --noEmit（strict）检查全部示例。示例里的 `import … from './go'` 在沙箱里指向运行库，
// 这里用 rootDirs 把库目录和每个示例目录合成同一个虚拟目录，让 tsc 以同样的方式解析。
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');
const lib = join(root, 'src', 'runner', 'lib');
const dirs = [];
if (existsSync(examples)) {
  for (const cat of readdirSync(examples, { withFileTypes: true })) {
    if (!cat.isDirectory()) continue;
    for (const ex of readdirSync(join(examples, cat.name), { withFileTypes: true })) {
      if (ex.isDirectory()) dirs.push(join(examples, cat.name, ex.name));
    }
  }
}
// Go 保真度语料（tests/go-fidelity/<名字>/main.ts）和示例一样导入 './go'，一起检查。
const corpus = join(root, 'tests', 'go-fidelity');
if (existsSync(corpus)) {
  for (const d of readdirSync(corpus, { withFileTypes: true })) if (d.isDirectory()) dirs.push(join(corpus, d.name));
}
const files = [lib, ...dirs].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => join(d, f)));
const outDir = join(root, 'generated');
mkdirSync(outDir, { recursive: true });
const config = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2022', 'webworker'],
    types: [],
    noUnusedLocals: false,
    skipLibCheck: true,
    rootDirs: [lib, ...dirs].map((d) => relative(outDir, d)),
  },
  files: files.map((f) => relative(outDir, f)),
};
const configPath = join(outDir, 'tsconfig.examples.json');
writeFileSync(configPath, JSON.stringify(config, null, 2));
try {
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', configPath], { stdio: 'inherit' });
  console.log(`typecheck: ${files.length} files in ${dirs.length} examples and fidelity programs + runtime library, strict, no errors`);
} catch {
  process.exit(1);
}
