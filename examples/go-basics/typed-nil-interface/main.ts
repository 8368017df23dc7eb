// 接口值由“动态类型 + 动态值”两部分组成，两部分都为空才等于 nil。
// 这里用 { type, value } 模拟 Go 的接口值（eface/iface 的两个字）：
// 把一个值为 nil 的 *MyError 装进 error，接口的类型部分是 *MyError，于是 err != nil。
import { fmt } from './go';

interface Iface {
  type: string | null; // 动态类型（Go 里是 _type 或 itab 指针）
  value: MyError | null; // 动态值（Go 里是数据指针）
}

class MyError {
  constructor(readonly msg: string) {}
}

const NIL: Iface = { type: null, value: null };
const isNil = (i: Iface): boolean => i.type === null && i.value === null;
// 把 *MyError 指针赋给接口：类型部分总是 *main.MyError，哪怕指针是 nil
const box = (p: MyError | null): Iface => ({ type: '*main.MyError', value: p });

// 错误写法：返回类型化的 nil 指针
function findBad(ok: boolean): Iface {
  let p: MyError | null = null;
  if (!ok) p = new MyError('not found');
  return box(p); // 即使 p 是 nil，返回的 error 也不是 nil
}

// 正确写法：没有错误时直接返回字面量 nil
function findGood(ok: boolean): Iface {
  if (!ok) return box(new MyError('not found'));
  return NIL;
}

let err = findBad(true);
fmt.Println('findBad: err == nil?', isNil(err));
fmt.Printf('findBad: dynamic type %s, value %v\n', err.type, err.value === null);

err = findGood(true);
fmt.Println('findGood: err == nil?', isNil(err));

const x = box(null);
fmt.Println('any holding nil *MyError == nil?', isNil(x));
const y = NIL;
fmt.Println('zero any == nil?', isNil(y));

err = findGood(false);
fmt.Println('errors.As finds *MyError:', err.type === '*main.MyError', err.value?.msg ?? '');
