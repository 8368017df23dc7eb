/** “2026年11月22日”：与 zh-Hans 的 Intl.DateTimeFormat（年、短月、日，UTC）输出相同。 */
export function formatUtcDate(timestamp: number): string {
  const d = new Date(timestamp);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
