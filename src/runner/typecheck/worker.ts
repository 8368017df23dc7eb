// 类型检查 worker：和 CI 检查示例时同样的编译选项（strict、ES2022 + webworker 库），在内存里检查读者改过的文件。
// 只解析、不执行读者代码，所以它和页面同源运行；体积大（TypeScript 编译器），读者第一次改代码时才加载。
import ts from 'typescript';
import type { TypecheckRequest, TypecheckResponse, TypeDiagnostic } from './protocol';

declare const __TS_LIBS__: Record<string, string>;

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.webworker.d.ts'],
  types: [],
  skipLibCheck: true,
};

const ROOT = '/sandbox/';
const libFiles = new Map<string, ts.SourceFile>();
let previous: ts.Program | undefined;

function libFile(name: string): ts.SourceFile | undefined {
  let sf = libFiles.get(name);
  if (!sf && name in __TS_LIBS__) {
    sf = ts.createSourceFile(name, __TS_LIBS__[name]!, ts.ScriptTarget.ES2022, true);
    libFiles.set(name, sf);
  }
  return sf;
}

function check(files: Record<string, string>, report: string[]): TypeDiagnostic[] {
  const sources = new Map(Object.entries(files).map(([name, code]) => [ROOT + name, code]));
  const host: ts.CompilerHost = {
    getSourceFile: (fileName, languageVersion) => {
      if (fileName.startsWith('/lib/')) return libFile(fileName.slice('/lib/'.length));
      const text = sources.get(fileName);
      if (text === undefined) return undefined;
      const old = previous?.getSourceFile(fileName);
      return old && old.text === text ? old : ts.createSourceFile(fileName, text, languageVersion, true);
    },
    getDefaultLibFileName: () => '/lib/lib.d.ts',
    getDefaultLibLocation: () => '/lib/',
    writeFile: () => {},
    getCurrentDirectory: () => ROOT,
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (f) => sources.has(f) || (f.startsWith('/lib/') && f.slice(5) in __TS_LIBS__),
    readFile: (f) => sources.get(f) ?? (f.startsWith('/lib/') ? __TS_LIBS__[f.slice(5)] : undefined),
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram({ rootNames: [...sources.keys()], options: OPTIONS, host, oldProgram: previous });
  previous = program;
  const out: TypeDiagnostic[] = [];
  for (const name of report) {
    const sf = program.getSourceFile(ROOT + name);
    if (!sf) continue;
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const start = d.start ?? 0;
      const s = sf.getLineAndCharacterOfPosition(start);
      const e = sf.getLineAndCharacterOfPosition(start + (d.length ?? 0));
      out.push({
        file: name,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        code: d.code,
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      });
    }
  }
  return out;
}

const scope = globalThis as unknown as { onmessage: ((ev: { data: TypecheckRequest }) => void) | null; postMessage(m: TypecheckResponse): void };
scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, diagnostics: check(data.files, data.report) });
  } catch (err) {
    scope.postMessage({ id: data.id, diagnostics: [], error: String((err as Error).message ?? err) });
  }
};
