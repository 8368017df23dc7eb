import { fmt } from './go';

// JavaScript 引擎自己决定对象放在哪里，程序无法观察“栈分配”还是“堆分配”，
// 所以这个移植不能真的测量。下面把 Go 逃逸分析的判断规则写成数据：每种写法为什么逃逸、
// 因此每次调用有几次堆分配。数字与 Go 1.23 下 testing.AllocsPerRun 的实测一致，
// 括号里的提示来自 go build -gcflags=-m。

interface Case {
  name: string;
  escapes: string[]; // 逃逸到堆上的东西；空数组表示全部留在栈上
  why: string;
}

const cases: Case[] = [
  { name: '按值返回结构体', escapes: [], why: '值被复制给调用方，没有指针外流' },
  { name: '返回指针并存进全局变量', escapes: ['&Point{...}'], why: '&Point{...} escapes to heap' },
  { name: '局部变量取地址，传给不逃逸的函数', escapes: [], why: 'p does not escape' },
  { name: '整数装箱进接口并保存', escapes: ['int 的装箱副本'], why: 'big escapes to heap' },
  { name: '闭包捕获变量并被保存', escapes: ['闭包对象', '被捕获的 x'], why: 'moved to heap: x' },
  { name: '常量大小的局部切片 make([]byte, 64)', escapes: [], why: 'does not escape' },
  { name: '变量大小的局部切片 make([]byte, size)', escapes: ['底层数组'], why: 'make([]byte, size) escapes to heap' },
];

// 想看判断依据，把 SHOW_REASON 改成 true（输出会和 expected.txt 不同）
const SHOW_REASON = false;

for (const c of cases) {
  fmt.Printf('%s: 每次 %d 次堆分配\n', c.name, c.escapes.length);
  if (SHOW_REASON) fmt.Println('    ', c.why, c.escapes);
}
