// 每个示例：TypeScript 移植经由浏览器同款的沙箱 worker（sucrase 转译）运行，
// Go 原文用真实的 Go 工具链编译运行，Java 原文用 javac/java 运行，三者都必须打印 expected.txt。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkGo, checkJava, checkTypeScript, listExampleDirs, loadExample } from '../../scripts/lib/examples';

const dirs = listExampleDirs();

test('至少有一个示例', () => {
  assert.ok(dirs.length > 0);
});

for (const dir of dirs) {
  const ex = loadExample(dir);
  test(`${ex.id} [ts 沙箱]`, async () => {
    const r = await checkTypeScript(ex);
    assert.ok(r.ok, r.detail);
  });
  if (ex.goFiles.length) {
    test(`${ex.id} [go]`, () => {
      const r = checkGo(ex);
      assert.ok(r.ok, r.detail);
    });
  }
  if (ex.javaFiles.length) {
    test(`${ex.id} [java]`, () => {
      const r = checkJava(ex);
      assert.ok(r.ok, r.detail);
    });
  }
}
