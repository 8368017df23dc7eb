// sync.Map 的 API：store、load、loadOrStore、loadAndDelete、swap、compareAndSwap、delete、range、clear。
// Go 里 Range 的遍历顺序不确定，这里先收集再排序打印。
import { fmt } from './go';
import { SyncMap } from './syncmap';

const sm = new SyncMap<number, string>();

sm.store(1, 'a');
const [v1, ok1] = sm.load(1);
if (ok1) fmt.Println('Load(1):', v1);

// 键存在：返回旧值，loaded=true，不覆盖
let [v, loaded] = sm.loadOrStore(1, 'c');
fmt.Println('LoadOrStore(1, c):', v, loaded);
// 键不存在：存入并返回新值，loaded=false
[v, loaded] = sm.loadOrStore(2, 'c');
fmt.Println('LoadOrStore(2, c):', v, loaded);

const [prev, had] = sm.swap(2, 'd');
fmt.Println('Swap(2, d):', prev, had);
fmt.Println('CompareAndSwap(2, c, e):', sm.compareAndSwap(2, 'c', 'e')); // 旧值不是 c
fmt.Println('CompareAndSwap(2, d, e):', sm.compareAndSwap(2, 'd', 'e'));

sm.store(3, 'x');
const [dv, dloaded] = sm.loadAndDelete(3);
fmt.Println('LoadAndDelete(3):', dv, dloaded);
sm.delete(42); // 删除不存在的键不会报错

const lines: string[] = [];
sm.range((k, val) => {
  lines.push(`${k}:${val}`);
  return true; // 返回 false 会提前结束遍历
});
lines.sort();
fmt.Println('Range:', lines);

sm.clear();
fmt.Println('after Clear, Load(1) ok:', sm.load(1)[1]);
