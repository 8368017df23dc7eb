// 可重复读（RR）下 InnoDB 的加锁范围与插入是否被阻塞（按 MySQL 8.0.18 及以后、8.4 LTS 的规则）。
// 这里只模拟加锁规则本身，不连接真实的 MySQL。
//
// 一、非唯一二级索引 idx_age（SELECT ... FOR UPDATE / UPDATE / DELETE）：
//   1. 加锁单位是 next-key lock：记录本身 + 它前面的间隙，左开右闭。
//   2. 只锁扫描过的记录；二级索引记录按 (age, id) 排序，同一个 age 按主键排。
//   3. 等值查询：扫到第一条不满足 age = v 的记录时，在它上面只加间隙锁（不锁记录本身）。
//   4. 范围查询：扫到的第一条超出范围的记录仍加 next-key lock（记录本身也锁）。
//   5. 命中的行在主键索引上加记录锁。
// 二、主键（聚簇索引），正序扫描：
//   1. 等值命中：只加记录锁；等值未命中：在下一条记录前的间隙上加间隙锁。
//   2. 范围起点 id >= v 正好命中 v：这条记录只加记录锁（它前面的间隙插不进范围内的值）。
//   3. 范围内的其他记录：next-key lock。
//   4. 第一条超出上界的记录：只加间隙锁；上界是 id <= v 且正好命中 v 时，扫到 v 就停，后面什么都不锁。
//   上界不存在时一直扫到表尾，最后一段 (最大值, +∞) 也被锁住。
// 插入时要拿插入意向锁，新记录落进任何一段被锁的间隙就会阻塞；记录锁只挡住对那条记录的加锁和修改。
//
// 可以改的参数：MODES（跑哪几种索引）、各自的 ROWS（表里已有的行）、QUERIES（会话 A 的加锁查询）、INSERTS（会话 B 尝试插入的行）。
const MODES: Mode[] = ['secondary', 'primary'];

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

// 插入都不写 id：id 是自增列，下一个值是 4
const INSERTS: Row[] = [9, 10, 11, 20, 21, 29, 30, 31].map((age) => ({ id: 4, age }));

// 主键模式：表里已有的主键，会话 A 的查询（lo/hi 为 null 表示这一侧没有边界），会话 B 插入的主键
const PK_ROWS: number[] = [1, 5, 10, 15, 20];
const PK_QUERIES: PkQuery[] = [
  { kind: 'eq', value: 10 },
  { kind: 'eq', value: 7 },
  { kind: 'range', lo: 10, loInclusive: true, hi: 15, hiInclusive: false },
  { kind: 'range', lo: 10, loInclusive: true, hi: 15, hiInclusive: true },
  { kind: 'range', lo: 15, loInclusive: false, hi: null, hiInclusive: false },
  { kind: 'range', lo: null, loInclusive: false, hi: 6, hiInclusive: false },
];
const PK_INSERTS: number[] = [3, 7, 12, 18, 25];

type Mode = 'secondary' | 'primary';
type PkQuery =
  | { kind: 'eq'; value: number }
  | { kind: 'range'; lo: number | null; loInclusive: boolean; hi: number | null; hiInclusive: boolean };

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

function runSecondary(): void {
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
}

// ---------- 主键（聚簇索引） ----------

interface PkLock {
  type: 'record' | 'gap' | 'next-key';
  from: number | null; // 间隙的左端（null = 负无穷）；记录锁不用
  to: number | null; // 记录本身（null = 表尾之后，+∞）
}

const pkShow = (l: PkLock): string => {
  const lo = l.from === null ? '-∞' : String(l.from);
  const hi = l.to === null ? '+∞' : String(l.to);
  if (l.type === 'record') return `记录锁   id=${hi}`;
  if (l.type === 'gap' || l.to === null) return `gap      (${lo}, ${hi})`;
  return `next-key (${lo}, ${hi}]`;
};

function pkSql(q: PkQuery): string {
  if (q.kind === 'eq') return `SELECT * FROM t WHERE id = ${q.value} FOR UPDATE`;
  const parts: string[] = [];
  if (q.lo !== null) parts.push(`id ${q.loInclusive ? '>=' : '>'} ${q.lo}`);
  if (q.hi !== null) parts.push(`id ${q.hiInclusive ? '<=' : '<'} ${q.hi}`);
  return `SELECT * FROM t WHERE ${parts.join(' AND ')} FOR UPDATE`;
}

function pkLockFor(q: PkQuery, keys: number[]): PkLock[] {
  const locks: PkLock[] = [];
  if (q.kind === 'eq') {
    const i = keys.findIndex((k) => k >= q.value);
    const prev = i > 0 ? keys[i - 1] : i < 0 && keys.length > 0 ? keys[keys.length - 1] : null;
    if (i >= 0 && keys[i] === q.value) locks.push({ type: 'record', from: null, to: q.value });
    else locks.push({ type: 'gap', from: prev, to: i >= 0 ? keys[i] : null });
    return locks;
  }
  const { lo, hi } = q;
  // 定位起点：第一条满足下界的记录
  let i = lo === null ? 0 : keys.findIndex((k) => (q.loInclusive ? k >= lo : k > lo));
  if (i < 0) i = keys.length;
  let prev: number | null = i > 0 ? keys[i - 1] : null;
  for (let first = true; i <= keys.length; i++, first = false) {
    const k = i < keys.length ? keys[i] : null; // null = supremum
    if (k === null) {
      locks.push({ type: 'next-key', from: prev, to: null }); // 表尾之后的整段
      break;
    }
    if (hi !== null && (k > hi || (k === hi && !q.hiInclusive))) {
      locks.push({ type: 'gap', from: prev, to: k }); // 超出上界：只锁它前面的间隙
      break;
    }
    if (first && lo !== null && q.loInclusive && k === lo) locks.push({ type: 'record', from: null, to: k });
    else locks.push({ type: 'next-key', from: prev, to: k });
    prev = k;
    if (hi !== null && k === hi) break; // id <= hi 正好命中上界：到此为止
  }
  return locks;
}

function pkBlockedBy(id: number, locks: PkLock[]): PkLock | null {
  for (const l of locks) {
    if (l.type === 'record') continue; // 记录锁不挡插入
    const afterFrom = l.from === null || id > l.from;
    const beforeTo = l.to === null || id < l.to;
    if (afterFrom && beforeTo) return l;
  }
  return null;
}

function runPrimary(): void {
  const keys = [...PK_ROWS].sort((a, b) => a - b);
  console.log(`主键 id 有序：${keys.join(' ')}`);
  for (const q of PK_QUERIES) {
    console.log(`--- 会话 A：${pkSql(q)}`);
    const locks = pkLockFor(q, keys);
    for (const l of locks) console.log(`  PRIMARY ${pkShow(l)}`);
    const results = PK_INSERTS.map((id) => {
      const by = pkBlockedBy(id, locks);
      return `${id} ${by ? '阻塞' : '成功'}`;
    });
    console.log(`  会话 B 插入 id：${results.join('，')}`);
  }
}

for (const m of MODES) {
  if (m === 'secondary') runSecondary();
  else runPrimary();
}

export {}; // 让这个文件成为独立模块，顶层名字不和其他示例冲突
