// InnoDB MVCC 可见性模拟：版本链（DB_TRX_ID / DB_ROLL_PTR）+ ReadView。
// 同一条时间线分别在 READ COMMITTED 和 REPEATABLE READ 下跑一遍，
// 打印 T1 每次 SELECT 看到的行，以及每次生成/复用的 ReadView。
//
// 可以改的参数：
//   LEVELS       —— 要跑的隔离级别
//   SHOW_CHAIN   —— 结束时是否打印每一行的版本链
//   T1_UPDATES   —— T1 是否在最后做一次 UPDATE（当前读），用来演示 RR 下仍会出现的幻读
const LEVELS: Level[] = ['READ COMMITTED', 'REPEATABLE READ'];
const SHOW_CHAIN = true;
const T1_UPDATES = true;

type Level = 'READ COMMITTED' | 'REPEATABLE READ';

interface Version {
  trxId: number; // DB_TRX_ID：写出这个版本的事务
  name: string;
  deleted: boolean; // 记录头里的删除标记
  prev: Version | null; // DB_ROLL_PTR：指向 undo log 里的上一个版本
}

interface ReadView {
  mIds: number[]; // 创建时活跃的读写事务
  minTrxId: number; // m_ids 中最小的；m_ids 为空时等于 maxTrxId
  maxTrxId: number; // 创建时下一个要分配的事务 id
  creatorTrxId: number; // 创建者自己的 id；只读事务为 0
}

class Engine {
  rows = new Map<number, Version>(); // 主键 -> 最新版本
  nextTrxId = 100;
  active = new Set<number>();

  constructor() {
    // 事务 90 在所有人开始之前插入了两行并已提交
    this.rows.set(1, { trxId: 90, name: '张三', deleted: false, prev: null });
    this.rows.set(2, { trxId: 90, name: '李四', deleted: false, prev: null });
  }
}

class Trx {
  id = 0; // InnoDB 在事务第一次写的时候才分配 id
  view: ReadView | null = null;
  constructor(
    readonly label: string,
    readonly db: Engine,
    readonly level: Level,
  ) {}

  private ensureId(): void {
    if (this.id === 0) {
      this.id = this.db.nextTrxId++;
      this.db.active.add(this.id);
      if (this.view) this.view.creatorTrxId = this.id; // 已有的 ReadView 记下新 id
    }
  }

  private makeView(): ReadView {
    const mIds = [...this.db.active].filter((t) => t !== this.id).sort((a, b) => a - b);
    const maxTrxId = this.db.nextTrxId;
    return { mIds, minTrxId: mIds.length > 0 ? mIds[0] : maxTrxId, maxTrxId, creatorTrxId: this.id };
  }

  // 快照读：RC 每条语句新建 ReadView；RR 第一次读时建，之后复用
  select(): string {
    let note: string;
    if (this.level === 'READ COMMITTED' || this.view === null) {
      this.view = this.makeView();
      note = '新建';
    } else {
      note = '复用';
    }
    const v = this.view;
    const seen: string[] = [];
    for (const id of [...this.db.rows.keys()].sort((a, b) => a - b)) {
      let ver: Version | null = this.db.rows.get(id) ?? null;
      while (ver !== null && !visible(ver.trxId, v)) ver = ver.prev;
      if (ver !== null && !ver.deleted) seen.push(`${id}:${ver.name}`);
    }
    return `${note} ReadView{m_ids=[${v.mIds.join(',')}] min=${v.minTrxId} max=${v.maxTrxId} creator=${v.creatorTrxId}} -> ${seen.join(' ')}`;
  }

  update(id: number, name: string): void {
    this.ensureId();
    const cur = this.db.rows.get(id);
    if (!cur) return;
    this.db.rows.set(id, { trxId: this.id, name, deleted: false, prev: cur });
  }

  insert(id: number, name: string): void {
    this.ensureId();
    this.db.rows.set(id, { trxId: this.id, name, deleted: false, prev: null });
  }

  delete(id: number): void {
    this.ensureId();
    const cur = this.db.rows.get(id);
    if (!cur) return;
    this.db.rows.set(id, { trxId: this.id, name: cur.name, deleted: true, prev: cur });
  }

  // 当前读：UPDATE 总是作用在最新的版本上（这里没有其他未提交的写，不会阻塞）
  updateWhereIdLe(max: number, suffix: string): number {
    let n = 0;
    for (const id of [...this.db.rows.keys()].sort((a, b) => a - b)) {
      const cur = this.db.rows.get(id);
      if (id <= max && cur && !cur.deleted) {
        this.update(id, cur.name + suffix);
        n++;
      }
    }
    return n;
  }

  commit(): void {
    this.db.active.delete(this.id);
  }
}

function visible(trxId: number, v: ReadView): boolean {
  if (trxId === v.creatorTrxId) return true; // 自己改的
  if (trxId < v.minTrxId) return true; // 生成 ReadView 前已提交
  if (trxId >= v.maxTrxId) return false; // 生成 ReadView 后才开始
  return !v.mIds.includes(trxId); // 在区间内：不活跃（已提交）才可见
}

function chain(db: Engine, id: number): string {
  const parts: string[] = [];
  for (let v: Version | null = db.rows.get(id) ?? null; v !== null; v = v.prev) {
    parts.push(`(${v.trxId}${v.deleted ? ',删除' : ''},${v.name})`);
  }
  return parts.join(' -> ');
}

for (const level of LEVELS) {
  console.log(`=== ${level} ===`);
  const db = new Engine();
  const t1 = new Trx('T1', db, level);
  const t2 = new Trx('T2', db, level);
  const t3 = new Trx('T3', db, level);

  t2.update(1, '张三三');
  console.log(`T2(id=${t2.id}) UPDATE id=1，未提交`);
  console.log(`T1 SELECT#1 ${t1.select()}`);
  t2.commit();
  console.log('T2 COMMIT');
  console.log(`T1 SELECT#2 ${t1.select()}`);
  t3.insert(3, '王五');
  t3.delete(2);
  t3.commit();
  console.log(`T3(id=${t3.id}) INSERT id=3，DELETE id=2，COMMIT`);
  console.log(`T1 SELECT#3 ${t1.select()}`);
  if (T1_UPDATES) {
    const n = t1.updateWhereIdLe(3, '*');
    console.log(`T1(id=${t1.id}) UPDATE ... WHERE id<=3 命中 ${n} 行（当前读）`);
    console.log(`T1 SELECT#4 ${t1.select()}`);
  }
  t1.commit();
  if (SHOW_CHAIN) {
    for (const id of [1, 2, 3]) console.log(`版本链 id=${id}: ${chain(db, id)}`);
  }
}

export {}; // 让这个文件成为独立模块，顶层名字不和其他示例冲突
