/** example-loader.cjs 产出的示例对象。 */
export interface ExampleFile {
  name: string;
  code: string;
  /** 构建时高亮好的 HTML（src/plugins/code-highlight/highlight.cjs）。 */
  html: string;
}

export interface Example {
  id: string;
  title: string;
  timeoutMs: number;
  files: ExampleFile[];
  libs: string[];
  original: { lang: 'go' | 'java'; files: ExampleFile[] } | null;
  goMode: 'run' | 'compile-error';
  expected: string;
  expectedStderr: string | null;
  exitCode: number;
}

/** 编辑器加载后向外暴露的操作。 */
export interface EditorApi {
  getFiles(): Record<string, string>;
  getActiveCode(): string;
  reset(): void;
}

export const ORIGINAL_LABEL = { go: 'Go 版本', java: 'Java 版本' } as const;
