import { fmt } from './go';

// 用一个小的“Go 值”模型来移植：结构体是带类型名的对象，切片是数组（nil 切片用 null），
// 接口字段可以装 number、string 或切片。goEqual 实现 Go 的 ==，deepEqual 实现 reflect.DeepEqual。

type Slice = readonly (number | string)[] | null;
type Any = number | string | Slice; // 接口字段 any 里可能装的值
type GoStruct = { readonly __type: string; readonly [field: string]: Any };

const Point = (X: number, Y: number): GoStruct => ({ __type: 'Point', X, Y });
const A = (a: number): GoStruct => ({ __type: 'A', a });
const B = (a: number): GoStruct => ({ __type: 'B', a });
const convertToA = (v: GoStruct): GoStruct => ({ ...v, __type: 'A' }); // A(b)：底层结构相同才能转换
const anonA = (a: number): GoStruct => ({ __type: 'A', a }); // struct{ a int }{1} 可赋值给 A
const Box = (Name: string, V: Any): GoStruct => ({ __type: 'Box', Name, V });
const WithSlice = (Tags: Slice): GoStruct => ({ __type: 'WithSlice', Tags });

function typeName(v: Any): string {
  if (typeof v === 'number') return 'int';
  if (typeof v === 'string') return 'string';
  return typeof v?.[0] === 'string' ? '[]string' : '[]int';
}

// Go 的 ==：逐字段比较；接口里的动态类型不同就不等，动态值是切片则 panic。
function goEqual(x: GoStruct, y: GoStruct): boolean {
  if (x.__type !== y.__type) throw new Error(`mismatched types ${x.__type} and ${y.__type}`);
  for (const key of Object.keys(x)) {
    const a = x[key];
    const b = y[key];
    if (typeName(a) !== typeName(b)) return false;
    if (Array.isArray(a) || a === null) throw new Error(`runtime error: comparing uncomparable type ${typeName(a)}`);
    if (a !== b) return false;
  }
  return true;
}

// reflect.DeepEqual：切片逐元素比较，但 nil 切片和空切片不相等。
function deepEqual(x: GoStruct, y: GoStruct): boolean {
  return Object.keys(x).every((key) => {
    const a = x[key];
    const b = y[key];
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
    return a === b;
  });
}

function compareBoxes(x: GoStruct, y: GoStruct): string {
  try {
    return String(goEqual(x, y));
  } catch (e) {
    return `panic: ${(e as Error).message}`;
  }
}

const p1 = Point(1, 2);
const p2 = Point(1, 2);
const p3 = Point(2, 1);
fmt.Println('Point{1,2} == Point{1,2}:', goEqual(p1, p2));
fmt.Println('Point{1,2} == Point{2,1}:', goEqual(p1, p3));

const a = A(1);
const b = B(1);
fmt.Println('a == A(b):', goEqual(a, convertToA(b)));
fmt.Println('a == struct{ a int }{1}:', goEqual(a, anonA(1)));

// 可比较的结构体能做 map 键；JS 的 Map 按引用比较对象，这里用字段拼出的键模拟按值比较
const key = (p: GoStruct): string => `${p.__type}{${p.X},${p.Y}}`;
const seen = new Map<string, boolean>([[key(p1), true]]);
fmt.Println('map[Point]bool 查 Point{1,2}:', seen.get(key(Point(1, 2))) ?? false);

fmt.Println('Box{1} == Box{1}:', compareBoxes(Box('n', 1), Box('n', 1)));
fmt.Println('Box{1} == Box{"1"}:', compareBoxes(Box('n', 1), Box('n', '1')));
fmt.Println('Box{[]int} == Box{[]int}:', compareBoxes(Box('n', [1]), Box('n', [1])));

fmt.Println('DeepEqual(WithSlice, WithSlice):', deepEqual(WithSlice(['x']), WithSlice(['x'])));
fmt.Println('DeepEqual(nil 切片, 空切片):', deepEqual(WithSlice(null), WithSlice([])));
