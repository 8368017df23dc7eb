// JDK 8+ HashMap 的 put / resize / treeifyBin 模拟（只模拟结构，不实现红黑树的旋转）。
// 三段演示：① 扰动函数 h ^ (h >>> 16) 的作用；② 元素数超过阈值时扩容与 lo/hi 拆分；
// ③ 大量哈希碰撞时：表小于 64 先扩容，达到 64 才树化。

export {}; // 让本文件成为模块，避免与全局类型重名

// ---- 可以修改的参数 ----
const INITIAL_CAPACITY = 16;
const LOAD_FACTOR = 0.75;
const TREEIFY_THRESHOLD = 8;
const UNTREEIFY_THRESHOLD = 6;
const MIN_TREEIFY_CAPACITY = 64;
/** 第②段依次放入的整数 key（Integer.hashCode() 就是它本身） */
const INT_KEYS = [1, 17, 33, 49, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** 第③段碰撞 key 的个数：由 "Aa"/"BB" 拼出的字符串 hashCode 全部相同 */
const COLLIDING_KEYS = 11;
// -------------------------

type Key = number | string;

interface Node {
  hash: number;
  key: Key;
}

interface Bin {
  tree: boolean;
  nodes: Node[]; // 链表顺序；树化后仍按插入顺序保存，只用来展示
}

/** Java 的 String.hashCode()：s[0]*31^(n-1) + ... ，int 溢出回绕。 */
function stringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

function hashCode(key: Key): number {
  return typeof key === 'number' ? key | 0 : stringHashCode(key);
}

/** HashMap.hash()：高 16 位异或进低 16 位。 */
function spread(h: number): number {
  return (h ^ (h >>> 16)) | 0;
}

function hex(n: number): string {
  return '0x' + (n >>> 0).toString(16).padStart(8, '0');
}

class SimHashMap {
  table: Array<Bin | null> = [];
  size = 0;
  threshold = 0;

  private resize(reason: string): void {
    const oldCap = this.table.length;
    const newCap = oldCap === 0 ? INITIAL_CAPACITY : oldCap * 2;
    const old = this.table;
    this.table = new Array<Bin | null>(newCap).fill(null);
    this.threshold = Math.floor(newCap * LOAD_FACTOR);
    if (oldCap === 0) {
      console.log(`  首次 put，分配 table[${newCap}]，threshold=${this.threshold}`);
      return;
    }
    console.log(`  resize ${oldCap} → ${newCap}（${reason}），threshold=${this.threshold}`);
    old.forEach((bin, j) => {
      if (!bin) return;
      // JDK 8 不重算哈希：看 hash & oldCap 这一位，0 留在 j（lo），1 移到 j + oldCap（hi），顺序不变
      const lo = bin.nodes.filter((n) => (n.hash & oldCap) === 0);
      const hi = bin.nodes.filter((n) => (n.hash & oldCap) !== 0);
      const place = (nodes: Node[], idx: number): void => {
        if (nodes.length === 0) return;
        const tree = bin.tree && nodes.length > UNTREEIFY_THRESHOLD;
        this.table[idx] = { tree, nodes };
      };
      place(lo, j);
      place(hi, j + oldCap);
      if (bin.nodes.length > 1 || bin.tree) {
        const show = (ns: Node[]): string => ns.map((n) => n.key).join(',') || '-';
        let note = '';
        if (bin.tree) note = lo.length <= UNTREEIFY_THRESHOLD && hi.length <= UNTREEIFY_THRESHOLD ? '（拆分后 ≤ 6，退化为链表）' : '（仍为树）';
        console.log(`    桶 ${j}：lo[${show(lo)}] 留在 ${j}，hi[${show(hi)}] 移到 ${j + oldCap}${note}`);
      }
    });
  }

  private treeifyBin(index: number): void {
    if (this.table.length < MIN_TREEIFY_CAPACITY) {
      this.resize(`桶 ${index} 链表超过 ${TREEIFY_THRESHOLD}，但表长 ${this.table.length} < ${MIN_TREEIFY_CAPACITY}，先扩容`);
      return;
    }
    this.table[index]!.tree = true;
    console.log(`  treeifyBin：桶 ${index} 有 ${this.table[index]!.nodes.length} 个节点，表长 ${this.table.length} ≥ ${MIN_TREEIFY_CAPACITY}，转为红黑树`);
  }

  put(key: Key): void {
    if (this.table.length === 0) this.resize('');
    const h = hashCode(key);
    const hash = spread(h);
    const n = this.table.length;
    const i = (n - 1) & hash;
    const bin = this.table[i];
    let where: string;
    if (!bin) {
      this.table[i] = { tree: false, nodes: [{ hash, key }] };
      where = '空桶，直接放入';
    } else if (bin.nodes.some((x) => x.hash === hash && x.key === key)) {
      console.log(`put(${JSON.stringify(key)})：index=${i}，key 已存在，覆盖 value`);
      return;
    } else if (bin.tree) {
      bin.nodes.push({ hash, key });
      where = `碰撞，插入红黑树（${bin.nodes.length} 个节点）`;
    } else {
      const before = bin.nodes.length;
      bin.nodes.push({ hash, key });
      where = `碰撞，尾插到链表（长度 ${before} → ${before + 1}）`;
      console.log(`put(${JSON.stringify(key)})：hashCode=${hex(h)} hash=${hex(hash)} index=${i}，${where}`);
      if (before >= TREEIFY_THRESHOLD) this.treeifyBin(i);
      this.afterInsert();
      return;
    }
    console.log(`put(${JSON.stringify(key)})：hashCode=${hex(h)} hash=${hex(hash)} index=${i}，${where}`);
    this.afterInsert();
  }

  private afterInsert(): void {
    if (++this.size > this.threshold) this.resize(`size ${this.size} > threshold ${this.threshold}`);
  }

  dump(): void {
    const parts: string[] = [];
    this.table.forEach((bin, i) => {
      if (bin) parts.push(`${i}:${bin.tree ? 'TREE' : ''}[${bin.nodes.map((n) => n.key).join(',')}]`);
    });
    console.log(`  table[${this.table.length}] size=${this.size}：${parts.join(' ')}`);
  }
}

// ① 扰动函数：hashCode 只在高位不同的 key
console.log('== ① 扰动函数 ==');
for (const k of [0x10000, 0x20000, 0x30000]) {
  const h = hashCode(k);
  const idxRaw = (INITIAL_CAPACITY - 1) & h;
  const idx = (INITIAL_CAPACITY - 1) & spread(h);
  console.log(`key=${k} hashCode=${hex(h)}：不扰动 index=${idxRaw}，扰动后 hash=${hex(spread(h))} index=${idx}`);
}

// ② 正常插入与扩容
console.log('== ② 插入与扩容 ==');
const m = new SimHashMap();
for (const k of INT_KEYS) m.put(k);
m.dump();

// ③ 哈希碰撞：Aa 和 BB 的 hashCode 相同（都是 2112），拼接后的字符串也两两相同
console.log('== ③ 碰撞、扩容与树化 ==');
const colliding: string[] = [];
for (let i = 0; colliding.length < COLLIDING_KEYS; i++) {
  let s = '';
  for (let b = 3; b >= 0; b--) s += (i >> b) & 1 ? 'BB' : 'Aa';
  colliding.push(s);
}
const c = new SimHashMap();
for (const k of colliding) c.put(k);
c.dump();
