// sync.Map（Go 1.9–1.23 的 read/dirty 实现）的模型：每一步打印走了哪条路径和内部状态。
// read：只读视图，命中时无锁；dirty：包含最新写入的键，要持有 mu；
// misses 攒够 len(dirty) 时 dirty 整体提升为 read；被删除的 entry 先置 nil，
// 重建 dirty 时再标成 expunged 并且不复制。
import { fmt } from './go';

// ---- 可以改：要执行的操作序列 ----
type Op = ['store', string, number] | ['load', string] | ['delete', string];
const OPS: Op[] = [
  ['store', 'a', 1],
  ['store', 'b', 2],
  ['load', 'a'],
  ['load', 'b'],
  ['load', 'a'],
  ['store', 'a', 10],
  ['delete', 'b'],
  ['store', 'c', 3],
  ['store', 'b', 20],
  ['load', 'c'],
  ['load', 'c'],
  ['load', 'x'],
];

const EXPUNGED = Symbol('expunged');
type P = number | null | typeof EXPUNGED; // 值 / nil（已删除）/ expunged

class Entry {
  constructor(public p: P) {}
  show(): string {
    return this.p === null ? 'nil' : this.p === EXPUNGED ? 'expunged' : String(this.p);
  }
}

interface ReadOnly {
  m: Map<string, Entry>;
  amended: boolean;
}

class ModelMap {
  read: ReadOnly = { m: new Map(), amended: false };
  dirty: Map<string, Entry> | null = null;
  misses = 0;
  private path: string[] = [];

  private note(s: string): void {
    this.path.push(s);
  }
  takePath(): string {
    const p = this.path.join('；');
    this.path = [];
    return p;
  }

  load(key: string): [number | null, boolean] {
    let e = this.read.m.get(key);
    if (!e && this.read.amended) {
      this.note('read 未命中且 amended，加锁查 dirty');
      e = this.dirty!.get(key);
      this.missLocked();
    } else if (e) {
      this.note('read 命中，无锁');
    } else {
      this.note('read 未命中且 amended=false，直接返回');
    }
    if (!e || e.p === null || e.p === EXPUNGED) return [null, false];
    return [e.p, true];
  }

  store(key: string, value: number): void {
    const e = this.read.m.get(key);
    if (e && e.p !== EXPUNGED) {
      e.p = value; // tryStore：对 entry.p 做 CAS，read 和 dirty 共享这个 entry
      this.note('read 命中，CAS 更新 entry，无锁');
      return;
    }
    this.note('加锁');
    if (e) {
      // 在 read 中但已 expunged：先改回 nil 并放回 dirty，否则下次提升会丢掉它
      e.p = null;
      this.dirty!.set(key, e);
      e.p = value;
      this.note('entry 是 expunged，unexpunge 后放回 dirty 再写值');
    } else if (this.dirty?.has(key)) {
      this.dirty.get(key)!.p = value;
      this.note('dirty 命中，更新');
    } else {
      if (!this.read.amended) {
        this.dirtyLocked();
        this.read = { m: this.read.m, amended: true };
      }
      this.dirty!.set(key, new Entry(value));
      this.note('新键写入 dirty');
    }
  }

  delete(key: string): void {
    let e = this.read.m.get(key);
    if (!e && this.read.amended) {
      e = this.dirty!.get(key);
      this.dirty!.delete(key);
      this.note('只在 dirty 中，加锁直接删除');
      this.missLocked();
    }
    if (e && e.p !== null && e.p !== EXPUNGED) {
      e.p = null;
      this.note('read 命中，CAS 把 entry 置 nil（标记删除，键仍在 map 里）');
    }
  }

  private missLocked(): void {
    this.misses++;
    if (this.misses < this.dirty!.size) {
      this.note(`misses=${this.misses} < len(dirty)=${this.dirty!.size}`);
      return;
    }
    this.note(`misses=${this.misses} ≥ len(dirty)=${this.dirty!.size}，dirty 提升为 read（换指针，O(1)）`);
    this.read = { m: this.dirty!, amended: false };
    this.dirty = null;
    this.misses = 0;
  }

  private dirtyLocked(): void {
    if (this.dirty) return;
    this.dirty = new Map();
    const skipped: string[] = [];
    for (const [k, e] of this.read.m) {
      if (e.p === null) e.p = EXPUNGED; // tryExpungeLocked
      if (e.p === EXPUNGED) skipped.push(k);
      else this.dirty.set(k, e);
    }
    this.note(
      `dirty 为 nil，dirtyLocked 复制 read 的 ${this.dirty.size} 个键（O(n)）` +
        (skipped.length ? `，${skipped.join(' ')} 已删除，标为 expunged 不复制` : '') +
        '，amended=true',
    );
  }

  state(): string {
    const show = (m: Map<string, Entry> | null): string =>
      m === null ? 'nil' : `{${[...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, e]) => `${k}:${e.show()}`).join(' ')}}`;
    return `read=${show(this.read.m)} amended=${this.read.amended} dirty=${show(this.dirty)} misses=${this.misses}`;
  }
}

const m = new ModelMap();
fmt.Println('初始', m.state());
for (const op of OPS) {
  if (op[0] === 'store') {
    m.store(op[1], op[2]);
    fmt.Printf('Store(%s,%d)：%s\n', op[1], op[2], m.takePath());
  } else if (op[0] === 'load') {
    const [v, ok] = m.load(op[1]);
    fmt.Printf('Load(%s)=%v,%v：%s\n', op[1], v, ok, m.takePath());
  } else {
    m.delete(op[1]);
    fmt.Printf('Delete(%s)：%s\n', op[1], m.takePath());
  }
  fmt.Println('    ', m.state());
}
