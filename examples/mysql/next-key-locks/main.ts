// 可重复读（RR）下，非唯一二级索引上的加锁范围与插入是否被阻塞（按 MySQL 8.0 的规则）。
//
// 规则（InnoDB，REPEATABLE READ，SELECT ... FOR UPDATE / UPDATE / DELETE）：
//   1. 加锁单位是 next-key lock：记录本身 + 它前面的间隙，左开右闭。
//   2. 只锁扫描过的记录；二级索引记录按 (age, id) 排序，同一个 age 按主键排。
//   3. 等值查询：扫到第一条不满足 age = v 的记录时，在它上面只加间隙锁（不锁记录本身）。
//   4. 范围查询：扫到的第一条超出范围的记录仍加 next-key lock（记录本身也锁）。
//   5. 命中的行在主键索引上加记录锁。
//   插入时要拿插入意向锁，新记录 (age, id) 落进任何一段被锁的间隙就会阻塞。
//
// 可以改的参数：ROWS（表里已有的行）、QUERIES（加锁查询）、INSERTS（另一个会话尝试插入的行）。
const ROWS: Row[] = [
  { id: 1, age: 10 },
  { id: 2, age: 20 },
  { id: 3, age: 30 },
];

const QUERIES: Query[] = [
  { kind: 'eq', value: 20 },
  { kind: 'eq', value: 21 },
  { kind: 'range', lo: 20, loInclusive: true, hi: 25, hiInclusive: false },
];

// 种子里的插入都不写 id：假设 id 是自增列，下一个值是 4
const INSERTS: Row[] = [9, 10, 11, 20, 21, 29, 30, 31].map((age) => ({ id: 4, age }));

interface Row {
  id: number;
  age: number;
}
type Query =
  | { kind: 'eq'; value: number }
  | { kind: 'range'; lo: number; loInclusive: boolean; hi: number; hiInclusive: boolean };

interface IndexLock {
  type: 'next-key' | 'gap';
  from: Row | null; // null = 负无穷
  to: Row | null; // null = 正无穷（supremum）
}

const cmp = (a: Row, b: Row): number => a.age - b.age || a.id - b.id;
const show = (r: Row | null, side: 'lo' | 'hi'): string =>
  r === null ? (side === 'lo' ? '-∞' : '+∞') : `(${r.age},${r.id})`;
const showLock = (l: IndexLock): string =>
  `${l.type === 'next-key' ? 'next-key' : 'gap     '} (${show(l.from, 'lo')}, ${show(l.to, 'hi')}${
    l.type === 'next-key' && l.to !== null ? ']' : ')'
  }`;

function sql(q: Query): string {
  if (q.kind === 'eq') return `SELECT * FROM user WHERE age = ${q.value} FOR UPDATE`;
  return `SELECT * FROM user WHERE age ${q.loInclusive ? '>=' : '>'} ${q.lo} AND age ${q.hiInclusive ? '<=' : '<'} ${q.hi} FOR UPDATE`;
}

function lockFor(q: Query, index: Row[]): { locks: IndexLock[]; pk: number[] } {
  const startOk = (r: Row): boolean =>
    q.kind === 'eq' ? r.age >= q.value : q.loInclusive ? r.age >= q.lo : r.age > q.lo;
  const matches = (r: Row): boolean =>
    q.kind === 'eq' ? r.age === q.value : q.hiInclusive ? r.age <= q.hi : r.age < q.hi;

  const locks: IndexLock[] = [];
  const pk: number[] = [];
  let i = index.findIndex(startOk);
  if (i < 0) i = index.length;
  let prev: Row | null = i > 0 ? index[i - 1] : null;
  for (; i <= index.length; i++) {
    const rec = i < index.length ? index[i] : null; // null = supremum
    if (rec !== null && matches(rec)) {
      locks.push({ type: 'next-key', from: prev, to: rec });
      pk.push(rec.id);
      prev = rec;
      continue;
    }
    // 第一条不满足条件的记录（或 supremum）：等值查询退化为间隙锁，范围查询保持 next-key
    locks.push({ type: q.kind === 'eq' || rec === null ? 'gap' : 'next-key', from: prev, to: rec });
    break;
  }
  return { locks, pk };
}

function blockedBy(row: Row, locks: IndexLock[]): IndexLock | null {
  for (const l of locks) {
    const afterFrom = l.from === null || cmp(row, l.from) > 0;
    const beforeTo = l.to === null || cmp(row, l.to) < 0;
    if (afterFrom && beforeTo) return l;
  }
  return null;
}

const index = [...ROWS].sort(cmp);
console.log(`idx_age 按 (age,id) 排序：${index.map((r) => show(r, 'lo')).join(' ')}`);
for (const q of QUERIES) {
  console.log(`--- 会话 A：${sql(q)}`);
  const { locks, pk } = lockFor(q, index);
  for (const l of locks) console.log(`  idx_age ${showLock(l)}`);
  console.log(`  PRIMARY 记录锁 id=${pk.length > 0 ? pk.join(',') : '无'}`);
  for (const r of INSERTS) {
    const by = blockedBy(r, locks);
    const what = `会话 B：INSERT (id=${r.id}, age=${r.age})`;
    console.log(`  ${what.padEnd(28 - 1)} -> ${by ? `阻塞，落在 ${showLock(by).replace(/ +/g, ' ')}` : '成功'}`);
  }
}
