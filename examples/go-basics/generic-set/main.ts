import { fmt } from './go';

// Go 用 map[T]struct{} 实现 set；JS 有内置的 Set，这里包一层，方法名与 Go 版本一一对应。
class GoSet<T> {
  private readonly items = new Set<T>();

  constructor(...items: T[]) {
    items.forEach((v) => this.add(v));
  }

  add(v: T): void {
    this.items.add(v);
  }
  remove(v: T): void {
    this.items.delete(v);
  }
  has(v: T): boolean {
    return this.items.has(v);
  }
  len(): number {
    return this.items.size;
  }
  union(o: GoSet<T>): GoSet<T> {
    return new GoSet<T>(...this.items, ...o.items);
  }
  intersect(o: GoSet<T>): GoSet<T> {
    return new GoSet<T>(...[...this.items].filter((v) => o.has(v)));
  }
  // 和 Go 版本一样，输出前排序，不依赖遍历顺序
  sorted(): T[] {
    return [...this.items].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  }
}

function dedup<T>(input: T[]): T[] {
  const seen = new GoSet<T>();
  const out: T[] = [];
  for (const v of input) {
    if (!seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

// slices.Compact：去掉相邻的重复元素
function compact<T>(input: T[]): T[] {
  return input.filter((v, i) => i === 0 || v !== input[i - 1]);
}

fmt.Println('unsafe.Sizeof(struct{}{}) =', 0); // Go 里空结构体不占内存；JS 没有对应概念

const a = new GoSet(1, 2, 3);
const b = new GoSet(2, 3, 4);
fmt.Println('a =', a.sorted(), 'b =', b.sorted());
fmt.Println('a ∪ b =', a.union(b).sorted());
fmt.Println('a ∩ b =', a.intersect(b).sorted());
fmt.Println('a.Has(2) =', a.has(2));
a.remove(2);
fmt.Println('a.Remove(2) 后 a =', a.sorted(), 'Len =', a.len());

const words = ['go', 'redis', 'go', 'mysql', 'redis'];
fmt.Println('Dedup 保序:', dedup(words));
fmt.Println('Sort + Compact:', compact([...words].sort()));
