import { useCallback, useMemo } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { TypeDiagnostic } from '@site/src/runner/typecheck/protocol';
import type { Example } from './types';

/**
 * 读者改过代码后的严格类型检查（和 CI 检查示例的选项一样）。没改过的示例直接返回 null：它们已在 CI 里检查过，
 * 也就不必下载 TypeScript 编译器。
 */
export function useTypecheck(example: Example): (files: Record<string, string>) => Promise<TypeDiagnostic[] | null> {
  const url = useBaseUrl('/runner/typecheck.js');
  const pristine = useMemo(() => new Map(example.files.map((f) => [f.name, f.code])), [example]);
  return useCallback(
    async (all) => {
      // 编辑器自己会多出 package.json 之类的文件：只看示例的文件。
      const names = [...pristine.keys()];
      const files = Object.fromEntries(names.map((n) => [n, all[n] ?? '']));
      if (names.every((n) => pristine.get(n) === files[n])) return null;
      const [{ typecheck }, libModule] = await Promise.all([import('@site/src/runner/typecheck/client'), import('@site/generated/runner/lib-sources.json')]);
      const libSources: Record<string, string> = libModule.default;
      const libs = Object.fromEntries(example.libs.map((name) => [name, libSources[name] ?? '']));
      const r = await typecheck(url, { ...libs, ...files }, names);
      return r.error ? null : r.diagnostics;
    },
    [example, pristine, url],
  );
}
