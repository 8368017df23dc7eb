// “最后更新”的日期不经 Intl 格式化（见 src/theme/LastUpdated），输出必须和 zh-Hans 的 Intl 逐字相同。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatUtcDate } from '../../src/theme/LastUpdated/format-date';

test('formatUtcDate matches Intl.DateTimeFormat zh-Hans (year, short month, day, UTC)', () => {
  const intl = new Intl.DateTimeFormat('zh-Hans', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  // 每 13 小时取一个时刻，跨两年：覆盖每个月、月初月末和 UTC 日界附近。
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 13 * 3600 * 1000) {
    assert.equal(formatUtcDate(t), intl.format(new Date(t)), new Date(t).toISOString());
  }
});
