// 外部归并排序的缩小版：“内存”一次只能装 memory 个数，“文件”比内存大得多。
// 第一步按内存大小切块、块内排序写成有序段（run）；
// 第二步用最小堆做多路归并，每路只占一个读缓冲，路数受内存限制时分多轮归并。
// 改 memory 试试：memory 越大，段越少、归并轮数越少。
import { fmt } from './go';

const memory = 4; // 内存最多同时容纳的元素个数
const fanIn = memory - 1; // 每轮最多归并几路：每路一个读缓冲，留一个位置给输出缓冲

const file = [42, 7, 93, 15, 61, 28, 3, 77, 50, 19, 84, 36, 11, 68, 25, 99, 4, 57];

// 堆中的元素：值，以及它来自哪个段、在段中的位置。
interface Item {
  val: number;
  run: number;
  pos: number;
}

// 最小堆（二叉堆，数组存储）。
class MinHeap {
  private a: Item[] = [];
  get length(): number {
    return this.a.length;
  }
  push(x: Item): void {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].val <= a[i].val) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): Item {
    const a = this.a;
    const top = a[0];
    const last = a.pop() as Item;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l].val < a[m].val) m = l;
        if (r < a.length && a[r].val < a[m].val) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

// 用最小堆合并若干有序段，返回合并结果和堆操作次数。
function kWayMerge(runs: number[][]): [number[], number] {
  const h = new MinHeap();
  let ops = 0;
  runs.forEach((run, r) => {
    if (run.length > 0) {
      h.push({ val: run[0], run: r, pos: 0 });
      ops++;
    }
  });
  const out: number[] = [];
  while (h.length > 0) {
    const it = h.pop();
    ops++;
    out.push(it.val);
    const next = it.pos + 1;
    if (next < runs[it.run].length) {
      h.push({ val: runs[it.run][next], run: it.run, pos: next }); // 从同一段补下一个
      ops++;
    }
  }
  return [out, ops];
}

fmt.Println('file:', file);

// 第一步：切块、块内排序，得到有序段。
let runs: number[][] = [];
for (let i = 0; i < file.length; i += memory) {
  const chunk = file.slice(i, i + memory).sort((x, y) => x - y);
  runs.push(chunk);
  fmt.Printf('run %d: %v\n', runs.length - 1, chunk);
}

// 第二步：每轮最多 fanIn 路归并，直到只剩一个段。
for (let pass = 1; runs.length > 1; pass++) {
  const next: number[][] = [];
  for (let i = 0; i < runs.length; i += fanIn) {
    const group = runs.slice(i, i + fanIn);
    const [merged, ops] = kWayMerge(group);
    fmt.Printf('pass %d: merge %d runs -> %v (%d heap ops)\n', pass, group.length, merged, ops);
    next.push(merged);
  }
  runs = next;
}
fmt.Println('sorted:', runs[0]);
fmt.Println('check:', runs[0].every((v, i) => i === 0 || runs[0][i - 1] <= v) && runs[0].length === file.length);
