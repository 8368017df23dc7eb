import { fmt } from './go';

// 注意：JS 的 Map 按插入顺序遍历，而 Go 的 map 每次 range 的起点都是随机的。
// 所以这里不依赖 Map 的顺序，和 Go 一样先取出键再排序。
const m = new Map<string, number>([
  ['hello', 0],
  ['morning', 1],
  ['my', 2],
  ['girl', 3],
]);

// 收集键、排序、按键取值（Go 的 sort.Strings 按字节序，和 JS 默认的 sort 对 ASCII 一致）
const keys = [...m.keys()];
keys.sort();
for (const k of keys) {
  fmt.Println('Key:', k, 'Value:', m.get(k));
}

fmt.Println('slices.Sorted(maps.Keys(m)):', [...m.keys()].sort());

const byValue = [...m.keys()].sort((a, b) => (m.get(b) ?? 0) - (m.get(a) ?? 0));
fmt.Println('按值降序:', byValue);
