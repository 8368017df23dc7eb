// webpack/rspack 加载器：examples/<分类>/<名字>/example.json → 页面用的示例对象。
const fs = require('node:fs');
const path = require('node:path');
const { highlight } = require('../code-highlight/highlight.cjs');

const LIBS = ['go', 'juc'];

function importedLibs(sources) {
  const used = new Set();
  for (const code of sources) {
    for (const lib of LIBS) {
      if (new RegExp(`from\\s+['"]\\./${lib}['"]`).test(code)) used.add(`${lib}.ts`);
    }
  }
  return [...used];
}

module.exports = function exampleLoader(source) {
  const dir = path.dirname(this.resourcePath);
  this.addContextDependency(dir);
  // 持久缓存不跟踪加载器自己的代码：改了加载器或高亮规则，示例要重新生成。
  this.addDependency(__filename);
  this.addDependency(require.resolve('../code-highlight/highlight.cjs'));
  const meta = JSON.parse(source);
  const names = fs.readdirSync(dir).sort((a, b) => (a.startsWith('main.') ? -1 : b.startsWith('main.') ? 1 : a.localeCompare(b)));
  const read = (n) => {
    const p = path.join(dir, n);
    this.addDependency(p);
    return fs.readFileSync(p, 'utf8');
  };
  const file = (name, lang) => {
    const code = read(name);
    return { name, code, html: highlight(code, lang) };
  };
  const files = names.filter((n) => n.endsWith('.ts')).map((name) => file(name, 'ts'));
  if (!files.some((f) => f.name === 'main.ts')) throw new Error(`${dir} 缺少 main.ts`);
  const goFiles = names.filter((n) => n.endsWith('.go')).map((name) => file(name, 'go'));
  const javaFiles = names.filter((n) => n.endsWith('.java')).map((name) => file(name, 'java'));
  const original = goFiles.length ? { lang: 'go', files: goFiles } : javaFiles.length ? { lang: 'java', files: javaFiles } : null;
  const example = {
    id: path.relative(path.join(dir, '..', '..'), dir).split(path.sep).join('/'),
    title: meta.title,
    timeoutMs: meta.timeoutMs ?? 5000,
    files,
    libs: importedLibs(files.map((f) => f.code)),
    original,
    goMode: meta.goMode ?? 'run',
    expected: read('expected.txt'),
    expectedStderr: meta.stderr ?? null,
    exitCode: meta.exitCode ?? 0,
  };
  return `export default ${JSON.stringify(example)};`;
};
