// 几种“一致性哈希”的对比：哈希环（虚拟节点）、Jump Hash、Rendezvous（HRW）、Maglev，
// 以及带负载上限的一致性哈希（bounded loads）。统计节点从 N 个增加到 N+1 个时迁移的 key 比例，
// 和每个节点分到的 key 数（最多 / 平均）。全部是确定性计算，没有随机数。
import { fmt } from './go';

// ===== 可以修改的参数 =====
const KEYS = 10000;
const NODES = 5; // 扩容前的节点数，扩容后是 NODES + 1
const VNODES = 100; // 哈希环上每个节点的虚拟节点数
const MAGLEV_M = 1031; // Maglev 查找表大小，取远大于节点数的质数（生产中常用 65537）
const BOUND_C = 1.1; // bounded loads：每个节点最多承载平均值的 c 倍

function fnv32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // 再做一次混合，让相近字符串的哈希更分散
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

const MASK64 = (1n << 64n) - 1n;
function fnv64(s: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & MASK64;
  }
  return h;
}

// Jump Consistent Hash（Lamping & Veach 2014）：只需 key 和桶数，不占内存
function jump(key: bigint, buckets: number): number {
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    key = (key * 2862933555777941757n + 1n) & MASK64;
    j = Math.floor((b + 1) * (2 ** 31 / (Number(key >> 33n) + 1)));
  }
  return b;
}

const nodeName = (i: number): string => `node-${i}`;
const keyName = (i: number): string => `user:${i}`;

type Picker = (key: string) => number;

function ringPicker(n: number, vnodes: number): { pick: Picker; points: Array<[number, number]> } {
  const points: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) for (let v = 0; v < vnodes; v++) points.push([fnv32(`${nodeName(i)}#${v}`), i]);
  points.sort((a, b) => a[0] - b[0]);
  const first = (h: number): number => {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[mid][0] < h) lo = mid + 1;
      else hi = mid;
    }
    return lo % points.length;
  };
  return { pick: (k) => points[first(fnv32(k))][1], points };
}

function rendezvousPicker(n: number): Picker {
  return (k) => {
    let best = -1;
    let bestScore = -1;
    for (let i = 0; i < n; i++) {
      const s = fnv32(`${k}|${nodeName(i)}`);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return best;
  };
}

// Maglev：每个节点按自己的排列（offset + j * skip）轮流抢查找表的空位，直到填满
function maglevPicker(n: number, m: number): Picker {
  const offset: number[] = [];
  const skip: number[] = [];
  for (let i = 0; i < n; i++) {
    offset.push(fnv32(`${nodeName(i)}/offset`) % m);
    skip.push((fnv32(`${nodeName(i)}/skip`) % (m - 1)) + 1);
  }
  const table = new Array<number>(m).fill(-1);
  const next = new Array<number>(n).fill(0);
  let filled = 0;
  while (filled < m) {
    for (let i = 0; i < n && filled < m; i++) {
      let c = (offset[i] + next[i] * skip[i]) % m;
      while (table[c] >= 0) {
        next[i]++;
        c = (offset[i] + next[i] * skip[i]) % m;
      }
      table[c] = i;
      next[i]++;
      filled++;
    }
  }
  return (k) => table[fnv32(k) % m];
}

function stats(pick: Picker, n: number): number[] {
  const load = new Array<number>(n).fill(0);
  for (let i = 0; i < KEYS; i++) load[pick(keyName(i))]++;
  return load;
}

function report(name: string, before: Picker, after: Picker): void {
  let moved = 0;
  for (let i = 0; i < KEYS; i++) if (before(keyName(i)) !== after(keyName(i))) moved++;
  const load = stats(after, NODES + 1);
  const avg = KEYS / (NODES + 1);
  fmt.Printf('迁移 %5.1f%%  最多/平均 = %.2f  %s\n', (moved * 100) / KEYS, Math.max(...load) / avg, name);
}

fmt.Printf('%d 个 key，节点 %d -> %d，理想迁移比例 %.1f%%\n', KEYS, NODES, NODES + 1, 100 / (NODES + 1));
report('取模 hash % N', (k) => fnv32(k) % NODES, (k) => fnv32(k) % (NODES + 1));
report('哈希环，1 个虚拟节点', ringPicker(NODES, 1).pick, ringPicker(NODES + 1, 1).pick);
report(`哈希环，${VNODES} 个虚拟节点`, ringPicker(NODES, VNODES).pick, ringPicker(NODES + 1, VNODES).pick);
report('Jump Hash', (k) => jump(fnv64(k), NODES), (k) => jump(fnv64(k), NODES + 1));
report('Rendezvous（HRW）', rendezvousPicker(NODES), rendezvousPicker(NODES + 1));
report(`Maglev，M=${MAGLEV_M}`, maglevPicker(NODES, MAGLEV_M), maglevPicker(NODES + 1, MAGLEV_M));

// Jump Hash 只能在末尾增删桶：去掉中间的 node-2 只能靠上层把编号重新映射
fmt.Println('Jump Hash 的桶只能从末尾减少：N=6 -> 5 去掉的是 node-5，不能指定去掉 node-2');

// 带负载上限的一致性哈希：沿环顺时针找第一个还没满的节点
fmt.Printf('== bounded loads：哈希环 10 个虚拟节点，%d 个节点，上限 = 平均 × %.2f ==\n', NODES, BOUND_C);
{
  const { points } = ringPicker(NODES, 10);
  const plain = stats(ringPicker(NODES, 10).pick, NODES);
  const cap = Math.ceil((BOUND_C * KEYS) / NODES);
  const load = new Array<number>(NODES).fill(0);
  let spilled = 0;
  for (let i = 0; i < KEYS; i++) {
    const h = fnv32(keyName(i));
    let p = points.findIndex(([ph]) => ph >= h);
    if (p < 0) p = 0;
    const home = points[p][1];
    while (load[points[p][1]] >= cap) p = (p + 1) % points.length;
    if (points[p][1] !== home) spilled++;
    load[points[p][1]]++;
  }
  fmt.Printf('不设上限：每个节点 %v，最多/平均 = %.2f\n', plain, Math.max(...plain) / (KEYS / NODES));
  fmt.Printf('上限 %d：每个节点 %v，最多/平均 = %.2f，溢出到下一个节点的 key %d 个\n', cap, load, Math.max(...load) / (KEYS / NODES), spilled);
}
