// 间隔复习：同一串评分得到同样的下次复习时间（FSRS，无随机扰动）；评分越好间隔越长；今日复习的筛选和排序。
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueToday, GRADES, sanitizeCards, type StoredCard } from '../../src/components/StudyProgress/reviewSchedule';
import { schedule } from '../../src/components/StudyProgress/fsrsSchedule';
import { Rating } from 'ts-fsrs';

const t0 = new Date('2026-01-05T08:00:00Z');
const minutes = (a: string, b: Date) => (Date.parse(a) - b.getTime()) / 60_000;
const days = (a: string, b: Date) => (Date.parse(a) - b.getTime()) / 86_400_000;

test('新题的第一次评分：忘了 1 分钟、模糊 6 分钟、记得 10 分钟后再看；很熟直接排到几天后', () => {
  assert.equal(minutes(schedule(undefined, Rating.Again, t0).due, t0), 1);
  assert.equal(minutes(schedule(undefined, Rating.Hard, t0).due, t0), 6);
  assert.equal(minutes(schedule(undefined, Rating.Good, t0).due, t0), 10);
  assert.ok(days(schedule(undefined, Rating.Easy, t0).due, t0) >= 1);
});

test('一串评分：每次在到期时复习并答“记得”，间隔越来越长；答“忘了”后回到当天，遗忘次数加一', () => {
  let card: StoredCard | undefined;
  let now = t0;
  const gaps: number[] = [];
  for (let i = 0; i < 4; i++) {
    card = schedule(card, Rating.Good, now);
    gaps.push(Date.parse(card.due) - now.getTime());
    now = new Date(card.due);
  }
  for (let i = 1; i < gaps.length; i++) assert.ok(gaps[i]! > gaps[i - 1]!, `第 ${i + 1} 次间隔 ${gaps[i]} 不比上一次 ${gaps[i - 1]} 长`);
  assert.ok(gaps.at(-1)! > 2 * 86_400_000, `第四次间隔只有 ${gaps.at(-1)} ms`);
  const lapsed = schedule(card, Rating.Again, now);
  assert.ok(minutes(lapsed.due, now) < 24 * 60);
  assert.equal(lapsed.lapses, card!.lapses + 1);
  // 同样的评分序列，同样的结果：排程是确定的。
  let again: StoredCard | undefined;
  let n2 = t0;
  for (let i = 0; i < 4; i++) {
    again = schedule(again, Rating.Good, n2);
    n2 = new Date(again.due);
  }
  assert.deepEqual(again, card);
});

test('到期时评分越好，下次间隔越长', () => {
  let card = schedule(undefined, Rating.Good, t0);
  card = schedule(card, Rating.Good, new Date(card.due));
  const at = new Date(card.due);
  const [hard, good, easy] = ([Rating.Hard, Rating.Good, Rating.Easy] as const).map((r) => Date.parse(schedule(card, r, at).due));
  assert.ok(hard! < good! && good! < easy!, `${hard} ${good} ${easy}`);
});

test('今日复习：今天结束前到期的题和标了需复习但没评过分的题，最早到期的在前；导入时丢掉形状不对的卡片', () => {
  const now = new Date(2026, 0, 5, 12, 0, 0);
  const card = (due: Date): StoredCard => ({ ...schedule(undefined, Rating.Good, now), due: due.toISOString() });
  const cards = {
    'a#late-today': card(new Date(2026, 0, 5, 22, 0, 0)),
    'a#yesterday': card(new Date(2026, 0, 4, 9, 0, 0)),
    'a#tomorrow': card(new Date(2026, 0, 6, 9, 0, 0)),
  };
  const due = dueToday(cards, ['b#marked', 'a#tomorrow'], now).map((d) => d.key);
  assert.deepEqual(due, ['a#yesterday', 'b#marked', 'a#late-today']);
  assert.deepEqual(Object.keys(sanitizeCards({ ok: cards['a#yesterday'], bad: { due: 'x' }, worse: 3 })), ['ok']);
});

test('评分按钮的四个值就是 ts-fsrs 的 Again / Hard / Good / Easy', () => {
  assert.deepEqual(
    GRADES.map((g) => g.grade),
    [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy],
  );
});
