// 在一个大数组里找所有“和为 1000”的不同数值对：哈希法与排序双指针法。
// 数据由固定初值（seed）的线性同余生成器（Park-Miller MINSTD）产生，每次运行结果相同。
// 改 n、maxVal、seed 试试：n 越大，两种方法的操作次数差距越明显。
import { fmt } from './go';

const n = 2000; // 数组长度
const maxVal = 9999; // 元素取值范围 [0, maxVal]
const target = 1000;
const seed = 42;

// MINSTD：x = x * 48271 mod (2^31 - 1)。乘积小于 2^53，用 number 计算不会丢精度。
let x = seed;
function next(): number {
  x = (x * 48271) % 2147483647;
  return x;
}

type Pair = [number, number];

// 哈希法：一遍扫描，先查补数再把自己放进集合，500+500 需要出现两次才算。
function hashPairs(arr: number[]): [Pair[], number] {
  const seen = new Set<number>();
  const found = new Map<number, Pair>(); // 以较小的数为键去重
  let lookups = 0;
  for (const v of arr) {
    lookups++;
    if (seen.has(target - v)) {
      const a = Math.min(v, target - v);
      found.set(a, [a, target - a]);
    }
    seen.add(v);
  }
  const out = [...found.values()].sort((p, q) => p[0] - q[0]);
  return [out, lookups];
}

// 自顶向下归并排序，统计比较次数（与语言的内置排序无关，便于两种实现对照）。
function mergeSort(a: number[], cmp: { n: number }): number[] {
  if (a.length <= 1) return a;
  const mid = Math.floor(a.length / 2);
  const l = mergeSort(a.slice(0, mid), cmp);
  const r = mergeSort(a.slice(mid), cmp);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) {
    cmp.n++;
    if (l[i] <= r[j]) out.push(l[i++]);
    else out.push(r[j++]);
  }
  return out.concat(l.slice(i), r.slice(j));
}

// 排序 + 头尾双指针，遇到相等时跳过两边的重复值。
function sortPairs(arr: number[]): [Pair[], number, number] {
  const cmp = { n: 0 };
  const s = mergeSort([...arr], cmp);
  let moves = 0;
  const out: Pair[] = [];
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    const sum = s[i] + s[j];
    if (sum < target) i++;
    else if (sum > target) j--;
    else {
      out.push([s[i], s[j]]);
      const a = s[i];
      const b = s[j];
      while (i < j && s[i] === a) i++;
      while (i <= j && s[j] === b) j--;
    }
    moves++;
  }
  return [out, cmp.n, moves];
}

const arr: number[] = [];
for (let i = 0; i < n; i++) arr.push(next() % (maxVal + 1));
fmt.Printf('n=%d values in [0, %d], first five: %v\n', n, maxVal, arr.slice(0, 5));

const [hp, lookups] = hashPairs(arr);
fmt.Printf('hash set:   %d pairs, %d lookups, O(n) time, O(n) extra memory\n', hp.length, lookups);

const [sp, cmp, moves] = sortPairs(arr);
fmt.Printf('sort+2ptr:  %d pairs, %d comparisons to sort + %d pointer moves, O(n log n) time\n', sp.length, cmp, moves);

const same = hp.length === sp.length && hp.every((p, i) => p[0] === sp[i][0] && p[1] === sp[i][1]);
fmt.Println('same result:', same);
for (const [a, b] of hp) fmt.Printf('%d + %d = %d\n', a, b, a + b);
