// npm run example -- examples/<category>/<name> [更多目录]
// 不带参数时跑全部示例。TypeScript 版本走沙箱运行器，原文走真实的 Go / Java。
import { resolve } from 'node:path';
import { checkGo, checkJava, checkTypeScript, listExampleDirs, loadExample } from './lib/examples';

const dirs = process.argv.slice(2).length ? process.argv.slice(2).map((d) => resolve(d)) : listExampleDirs();
async function main(): Promise<number> {
let failed = 0;
for (const dir of dirs) {
  const ex = loadExample(dir);
  const checks: Array<[string, { ok: boolean; detail: string }]> = [['ts', await checkTypeScript(ex)]];
  if (ex.goFiles.length) checks.push(['go', checkGo(ex)]);
  if (ex.javaFiles.length) checks.push(['java', checkJava(ex)]);
  for (const [what, r] of checks) {
    if (!r.ok) failed++;
    console.log(`${r.ok ? 'PASS' : 'FAIL'} ${ex.id} [${what}] ${r.ok ? r.detail : ''}`);
    if (!r.ok) console.log(r.detail.replace(/^/gm, '    '));
  }
}
console.log(failed ? `${failed} check(s) failed` : 'all checks passed');
return failed;
}
void main().then((failed) => process.exit(failed ? 1 : 0));
