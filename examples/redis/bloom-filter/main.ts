// 布隆过滤器：m 位的位数组 + k 个哈希函数。加入时把 k 个位置都置 1，查询时 k 个位置都是 1 才说“可能存在”。
// 所以加入过的元素一定能查到（没有漏报），没加入过的偶尔也会被说成存在（误报）。
// Redis 8 的 BF.RESERVE key 0.01 1000 会按误判率和容量算出 m 和 k；这里手工算一遍，再实际数一数误报。
export {}; // 让本文件成为模块，避免与其他示例的全局名字冲突
//
// 可以改的参数：
const CAPACITY = 1000; // 预计元素个数 n
const ERROR_RATE = 0.01; // 目标误判率 p
const PROBES = 10_000; // 用多少个从没加入过的元素来测误报

// 最优位数 m = -n·ln p / (ln 2)²，最优哈希个数 k = (m/n)·ln 2
const m = Math.ceil((-CAPACITY * Math.log(ERROR_RATE)) / (Math.LN2 * Math.LN2));
const k = Math.round((m / CAPACITY) * Math.LN2);

function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // 再用 murmur3 的收尾混合打散各位，让相似的字符串也落到不相关的位置
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

class Bloom {
  private bits: Uint8Array;
  constructor(private readonly m: number, private readonly k: number) {
    this.bits = new Uint8Array(m);
  }
  // 双重哈希：第 i 个位置 = h1 + i·h2，两个哈希就能模拟 k 个
  private positions(item: string): number[] {
    const h1 = fnv1a(item, 0);
    const h2 = (fnv1a(item, 0x9e3779b9) | 1) >>> 0; // 取奇数，避免步长为 0
    return Array.from({ length: this.k }, (_, i) => (h1 + i * h2) % this.m);
  }
  add(item: string): void {
    for (const p of this.positions(item)) this.bits[p] = 1;
  }
  mightContain(item: string): boolean {
    return this.positions(item).every((p) => this.bits[p] === 1);
  }
  fillRatio(): number {
    return this.bits.reduce((a, b) => a + b, 0) / this.m;
  }
}

function theory(n: number): number {
  return Math.pow(1 - Math.exp((-k * n) / m), k);
}

const bf = new Bloom(m, k);
console.log(`n=${CAPACITY} p=${ERROR_RATE} -> m=${m} 位（约 ${(m / 8 / 1024).toFixed(1)} KB），k=${k} 个哈希`);

function report(inserted: number): void {
  let missing = 0;
  for (let i = 0; i < inserted; i++) if (!bf.mightContain(`user:${i}`)) missing++;
  let fp = 0;
  for (let i = 0; i < PROBES; i++) if (bf.mightContain(`visitor:${i}`)) fp++;
  console.log(`已加入 ${inserted} 个：漏报 ${missing} 个；${PROBES} 个新元素里误报 ${fp} 个（${((fp / PROBES) * 100).toFixed(2)}%，理论值 ${(theory(inserted) * 100).toFixed(2)}%），置 1 的位占 ${(bf.fillRatio() * 100).toFixed(1)}%`);
}

for (let i = 0; i < CAPACITY; i++) bf.add(`user:${i}`);
report(CAPACITY);
console.log('继续往里加，超过预计容量：');
for (let i = CAPACITY; i < CAPACITY * 3; i++) bf.add(`user:${i}`);
report(CAPACITY * 3);
console.log('Redis 的 BF.ADD 在元素超过容量时会再叠加一层更大的过滤器（可扩展布隆过滤器），而不是让误判率这样失控。');
