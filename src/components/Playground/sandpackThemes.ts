import type { SandpackTheme } from '@codesandbox/sandpack-react';

// 编辑器配色：与页面代码块（prism 的 vsLight / vsDark）一致，所有语法颜色对背景的对比度 ≥ 4.5:1。
const font = {
  body: 'var(--ifm-font-family-base)',
  mono: 'var(--ifm-font-family-monospace)',
  size: '14px',
  lineHeight: '20px',
};

export const lightTheme: SandpackTheme = {
  colors: {
    surface1: '#ffffff',
    surface2: '#e5e7eb',
    surface3: '#f3f4f6',
    clickable: '#4b5563',
    base: '#1f2937',
    disabled: '#6b7280',
    hover: '#111827',
    accent: '#2f6f4f',
    error: '#b91c1c',
    errorSurface: '#fee2e2',
  },
  syntax: {
    plain: '#1f2937',
    comment: { color: '#007000', fontStyle: 'italic' },
    keyword: '#0000c8',
    tag: '#800000',
    punctuation: '#393a34',
    definition: '#795e26',
    property: '#00559f',
    static: '#a31515',
    string: '#a31515',
  },
  font,
};

export const darkTheme: SandpackTheme = {
  colors: {
    surface1: '#1e1e1e',
    surface2: '#3a3a3a',
    surface3: '#2a2a2a',
    clickable: '#c8c8c8',
    base: '#d4d4d4',
    disabled: '#a0a0a0',
    hover: '#ffffff',
    accent: '#6cc79a',
    error: '#ff8a80',
    errorSurface: '#4a1f1f',
  },
  syntax: {
    plain: '#d4d4d4',
    comment: { color: '#8fbf7f', fontStyle: 'italic' },
    keyword: '#79b8ff',
    tag: '#7fcbf0',
    punctuation: '#d4d4d4',
    definition: '#dcdcaa',
    property: '#9cdcfe',
    static: '#f0a58c',
    string: '#ce9178',
  },
  font,
};
