// 修正 WaitGroup 按值传递的两种写法：传引用，或直接在闭包里引用外层的 wg。
import { go, WaitGroup, fmt } from './go';

// worker 接收同一个 WaitGroup 对象（Go 里是 *sync.WaitGroup）
function worker(i: number, wg: WaitGroup, out: number[]): void {
  try {
    out[i] = i * i;
  } finally {
    wg.done();
  }
}

// 写法一：传指针（TS 里对象本来就按引用传递）
const wg = new WaitGroup();
const squares: number[] = new Array<number>(5).fill(0);
for (let i = 0; i < 5; i++) {
  wg.add(1);
  go(() => worker(i, wg, squares));
}
await wg.wait();
fmt.Println('pointer:', squares);

// 写法二：闭包直接引用外层 wg
const wg2 = new WaitGroup();
const doubles: number[] = new Array<number>(5).fill(0);
for (let i = 0; i < 5; i++) {
  wg2.add(1);
  go(() => {
    doubles[i] = i * 2;
    wg2.done();
  });
}
await wg2.wait();
fmt.Println('closure:', doubles);
fmt.Println('exit');
