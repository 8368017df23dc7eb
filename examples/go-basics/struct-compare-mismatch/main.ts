import { fmt } from './go';

// TypeScript 是结构化类型：{ a: number } 和 { a: number } 是同一个类型。
// 为了模拟 Go 的命名类型，给两个类型各打一个“品牌”字段，让它们互不兼容。
type A = { readonly a: number; readonly __type: 'A' };
type B = { readonly a: number; readonly __type: 'B' };

const makeA = (a: number): A => ({ a, __type: 'A' });
const makeB = (a: number): B => ({ a, __type: 'B' });

// Go 的 == 要求两边类型相同：NoInfer 让 T 只由第一个参数决定。
function equal<T extends { readonly a: number }>(x: T, y: NoInfer<T>): boolean {
  return x.a === y.a;
}

// 相当于 Go 的类型转换 A(b)：底层结构相同才允许。
const toA = (b: B): A => makeA(b.a);

const a = makeA(1);
const b = makeB(1);

// equal(a, b);  // 取消注释：类型检查报错，B 不能赋给 A —— 对应 Go 的编译错误
fmt.Println('Go 编译 a == b 失败: invalid operation: a == b (mismatched types A and B)');
fmt.Println('TS 里 equal(a, b) 同样通不过类型检查: B 不能赋给 A');
fmt.Println('转换后再比较 a == A(b):', equal(a, toA(b)));
