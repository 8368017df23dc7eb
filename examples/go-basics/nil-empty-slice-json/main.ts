import { fmt } from './go';

// Go 的切片头是 (ptr, len, cap)。TS 里用 null 表示 nil 切片（ptr 为 nil），
// 用 [] 表示空切片（ptr 非 nil、长度为 0）。JSON.stringify 恰好也把 null 编成 null、[] 编成 []。
type Slice<T> = T[] | null;

function len<T>(s: Slice<T>): number {
  return s === null ? 0 : s.length;
}

function describe(name: string, s: Slice<number>): void {
  fmt.Printf('%-10s len=%d cap=%d nil=%t json=%s\n', name, len(s), len(s), s === null, JSON.stringify(s));
}

// Response 对应 Go 里的结构体：items 没有 omitempty，tags 有 omitempty（长度为 0 时省略）。
interface Response {
  items: Slice<number>;
  tags: Slice<string>;
}

function marshalResponse(r: Response): string {
  const out: Record<string, unknown> = { items: r.items };
  if (len(r.tags) > 0) out.tags = r.tags;
  return JSON.stringify(out);
}

// 下标赋值只检查长度：nil 切片和空切片的长度都是 0，都会越界。
function tryAssign(s: Slice<number>): string {
  const i = 1;
  if (i >= len(s)) return `runtime error: index out of range [${i}] with length ${len(s)}`;
  (s as number[])[i] = 0;
  return 'ok';
}

let nilSlice: Slice<number> = null;
describe('nil', nilSlice);
describe('[]int{}', []);
describe('make(0)', []);

fmt.Println('struct, nil fields:  ', marshalResponse({ items: null, tags: null }));
fmt.Println('struct, empty fields:', marshalResponse({ items: [], tags: [] }));

const fromNull = JSON.parse('null') as Slice<number>;
const fromEmpty = JSON.parse('[]') as Slice<number>;
fmt.Printf('decode null -> nil=%t\n', fromNull === null);
fmt.Printf('decode []   -> nil=%t len=%d\n', fromEmpty === null, len(fromEmpty));

nilSlice = [...(nilSlice ?? []), 1]; // append(nilSlice, 1)：nil 切片可以直接 append
fmt.Println('append to nil slice:', nilSlice);

fmt.Println('nil[1] = 0   ->', tryAssign(null));
fmt.Println('empty[1] = 0 ->', tryAssign([]));
