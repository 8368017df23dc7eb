import { fmt } from './go';

// Go 1.18+ 的切片扩容规则（runtime/slice.go 的 nextslicecap + msize.go 的 roundupsize），
// 以及一个共享底层数组的切片模型。元素大小按 64 位平台计：int 8 字节、byte 1 字节。

// Go 1.23 的 size class 表（runtime/sizeclasses.go，单位：字节）。
const SIZE_CLASSES = [
  8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416,
  448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200,
  3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336,
  16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];
const PAGE_SIZE = 8192;

// 不含指针的对象：小对象取不小于 size 的最小规格，大对象按 8 KB 页向上取整。
function roundupsize(size: number): number {
  if (size <= 32768) {
    for (const c of SIZE_CLASSES) if (c >= size) return c;
  }
  return Math.ceil(size / PAGE_SIZE) * PAGE_SIZE;
}

function nextslicecap(newLen: number, oldCap: number): number {
  const doublecap = oldCap * 2;
  if (newLen > doublecap) return newLen;
  const threshold = 256;
  if (oldCap < threshold) return doublecap;
  let newcap = oldCap;
  while (newcap < newLen) newcap += (newcap + 3 * threshold) >> 2;
  return newcap;
}

// 切片头：底层数组 + 起始偏移 + 长度 + 容量。
class Slice<T> {
  constructor(
    readonly arr: T[],
    readonly off: number,
    readonly len: number,
    readonly cap: number,
    readonly elemSize: number,
  ) {}

  static make<T>(elemSize: number, len: number, cap: number, zero: T): Slice<T> {
    return new Slice<T>(new Array<T>(cap).fill(zero), 0, len, cap, elemSize);
  }

  static of<T>(elemSize: number, ...items: T[]): Slice<T> {
    return new Slice<T>([...items], 0, items.length, items.length, elemSize);
  }

  get(i: number): T {
    return this.arr[this.off + i];
  }

  set(i: number, v: T): void {
    if (i >= this.len) throw new Error(`index out of range [${i}] with length ${this.len}`);
    this.arr[this.off + i] = v;
  }

  // s[lo:hi] 或 s[lo:hi:max]：只复制切片头，不复制元素。
  slice(lo: number, hi: number, max = this.cap): Slice<T> {
    return new Slice<T>(this.arr, this.off + lo, hi - lo, max - lo, this.elemSize);
  }

  toString(): string {
    const items: string[] = [];
    for (let i = 0; i < this.len; i++) items.push(fmt.Sprint(this.get(i)));
    return `[${items.join(' ')}]`;
  }
}

function append<T>(s: Slice<T>, ...items: T[]): Slice<T> {
  const newLen = s.len + items.length;
  if (newLen <= s.cap) {
    // 容量够：原地写进共享的底层数组
    items.forEach((v, i) => {
      s.arr[s.off + s.len + i] = v;
    });
    return new Slice<T>(s.arr, s.off, newLen, s.cap, s.elemSize);
  }
  // 容量不够：按公式算期望容量，再按 size class 取整
  const want = nextslicecap(newLen, s.cap);
  const newCap = Math.floor(roundupsize(want * s.elemSize) / s.elemSize);
  const arr: T[] = [];
  for (let i = 0; i < s.len; i++) arr.push(s.get(i));
  arr.push(...items);
  return new Slice<T>(arr, 0, newLen, newCap, s.elemSize);
}

function addOne(s: Slice<number>): void {
  s.set(0, -1);
  s = append(s, 1); // 只改了函数里的副本
}

fmt.Println('== 从 nil 开始逐个 append，只打印容量变化 ==');
let s = Slice.make<number>(8, 0, 0, 0);
let prev = -1;
for (let i = 0; i < 2000; i++) {
  s = append(s, i);
  if (s.cap !== prev) {
    fmt.Printf('len=%-4d cap=%d\n', s.len, s.cap);
    prev = s.cap;
  }
}

fmt.Println('== 一次追加多个、不同元素大小 ==');
let a = Slice.make<number>(8, 2, 2, 0);
a = append(a, 1, 2, 3, 4, 5);
fmt.Printf('[]int cap 2 + 5 个: len=%d cap=%d\n', a.len, a.cap);
let bs = Slice.make<number>(1, 0, 0, 0);
bs = append(bs, 'x'.charCodeAt(0));
fmt.Printf('[]byte nil + 1 个:  len=%d cap=%d\n', bs.len, bs.cap);
let px = Slice.make<[number, number, number]>(3, 0, 0, [0, 0, 0]);
px = append(px, [1, 2, 3]);
fmt.Printf('[]rgb nil + 1 个:   len=%d cap=%d\n', px.len, px.cap);

fmt.Println('== 共享底层数组 ==');
const base = Slice.of<number>(8, 1, 2, 3, 4, 5);
let t = base.slice(1, 3);
fmt.Printf('t = base[1:3]: %v len=%d cap=%d\n', t, t.len, t.cap);
t = append(t, 99);
fmt.Println('append(t, 99) 之后 base =', base);
let u = base.slice(1, 3, 3);
u = append(u, 100);
fmt.Println('u = base[1:3:3]，append(u, 100) 之后 base =', base, 'u =', u);

fmt.Println('== 传给函数 ==');
const x = Slice.make<number>(8, 1, 4, 0);
addOne(x);
fmt.Printf('x = %v len=%d cap=%d\n', x, x.len, x.cap);
