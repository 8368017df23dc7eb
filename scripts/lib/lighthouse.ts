// Lighthouse 12（移动端预设，模拟节流）跑一个页面，取性能分、LCP、TBT、CLS、JS 字节和最长的任务。
// Debian 的 chromium 由 chrome-launcher 启动；lighthouse 是 ESM 包，只能动态 import。
import { CHROMIUM, CHROMIUM_ARGS } from './mermaid-parse';

export interface LighthouseFigures {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** 页面下载的脚本（传输字节，gzip 后）。 */
  jsBytes: number;
  domNodes: number;
  /** 模拟节流下最长的主线程任务。 */
  longestTaskMs: number;
}

interface Audit {
  numericValue?: number;
  details?: { items?: Array<Record<string, unknown>> };
}

export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse 没有返回结果：${url}`);
    const lhr = result.lhr;
    const audit = (id: string): Audit => (lhr.audits[id] ?? {}) as Audit;
    const resources = audit('resource-summary').details?.items ?? [];
    const script = resources.find((r) => r['resourceType'] === 'script');
    const tasks = audit('long-tasks').details?.items ?? [];
    return {
      score: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
      lcpMs: audit('largest-contentful-paint').numericValue ?? NaN,
      tbtMs: audit('total-blocking-time').numericValue ?? NaN,
      cls: audit('cumulative-layout-shift').numericValue ?? NaN,
      jsBytes: Number(script?.['transferSize'] ?? 0),
      domNodes: audit('dom-size').numericValue ?? NaN,
      longestTaskMs: tasks.reduce((m, t) => Math.max(m, Number(t['duration'] ?? 0)), 0),
    };
  } finally {
    await chrome.kill();
  }
}
