// Go 1.21 到 1.23 的几个语言变化：min/max/clear、每次迭代新的循环变量、range over int、range over func。
// TypeScript 里用对应的写法模拟，输出和 Go 一样。
import { fmt } from './go';

// iter.Seq[int] 相当于 (yield: (v: number) => boolean) => void
type Seq<V> = (yieldFn: (v: V) => boolean) => void;

// Countdown 返回一个迭代器：依次得到 n, n-1, ..., 1
function countdown(n: number): Seq<number> {
  return (yieldFn) => {
    for (let i = n; i > 0; i--) {
      if (!yieldFn(i)) return; // 调用方 break 时 yield 返回 false，迭代器要立刻停止
    }
  };
}

// Go 1.21：内置 min、max、clear
fmt.Println('min:', Math.min(3, 1, 2), 'max:', Math.max(2.5, 1.0));
const m = new Map<string, number>([
  ['a', 1],
  ['b', 2],
]);
const s = [1, 2, 3];
m.clear(); // 删除全部键
s.fill(0); // 把元素置为零值，长度不变
fmt.Println('after clear:', m.size, s);

// Go 1.22：每次迭代都有自己的循环变量（JavaScript 的 let 本来就是这样）
const fs: Array<() => number> = [];
for (let i = 0; i < 3; i++) {
  fs.push(() => i);
}
fmt.Println('closures see:', fs[0](), fs[1](), fs[2]());

// Go 1.22：range over int
let line = '';
for (let i = 0; i < 3; i++) line += `${i} `;
fmt.Println(line);

// Go 1.23：range over func，循环体 break 时 yield 返回 false
line = '';
countdown(5)((v) => {
  if (v === 2) return false; // 相当于 break
  line += `${v} `;
  return true;
});
fmt.Println(line);

// Go 1.23：slices.Sorted(maps.Keys(ages))、slices.Collect(seq)
const ages: Record<string, number> = { tom: 30, amy: 25, bob: 41 };
fmt.Println('sorted keys:', Object.keys(ages).sort());
const collected: number[] = [];
countdown(3)((v) => {
  collected.push(v);
  return true;
});
fmt.Println('collected:', collected);
