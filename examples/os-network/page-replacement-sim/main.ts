// 页面置换模拟：同一条页面访问序列分别交给 FIFO、LRU、Clock（二次机会）和 OPT（理论最优），
// 打印每一步内存里的页框和是否缺页，最后比较缺页次数；再演示 FIFO 的 Belady 异常。
import { fmt } from './go';

// ===== 可修改的参数 =====
const REFS = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1]; // 页面访问序列
const FRAMES = 3; // 物理页框数
const SHOW_STEPS: Algo[] = ['LRU', 'Clock']; // 打印逐步过程的算法
// ========================

type Algo = 'FIFO' | 'LRU' | 'Clock' | 'OPT';

interface Step {
  page: number;
  fault: boolean;
  frames: string; // 页框内容，Clock 额外标出访问位和指针
}

function simulate(algo: Algo, refs: number[], nframes: number): Step[] {
  const frames: number[] = []; // 页框里的页号（Clock 按环形位置存放）
  const refBit: boolean[] = []; // Clock 的访问位
  let hand = 0; // Clock 的指针；FIFO 也用它指向最老的页框
  const lastUse = new Map<number, number>(); // LRU：页 -> 最近一次访问的时刻
  const steps: Step[] = [];

  refs.forEach((page, now) => {
    const idx = frames.indexOf(page);
    const fault = idx < 0;
    if (!fault) {
      if (algo === 'Clock') refBit[idx] = true; // 命中：硬件把访问位置 1
    } else if (frames.length < nframes) {
      frames.push(page); // 还有空页框，直接装入
      refBit.push(true);
    } else {
      let victim = 0;
      if (algo === 'FIFO') {
        victim = hand; // 最早装入的页
        hand = (hand + 1) % nframes;
      } else if (algo === 'LRU') {
        // 最久没被访问的页
        victim = frames.reduce((best, p, i) => ((lastUse.get(p) ?? -1) < (lastUse.get(frames[best]) ?? -1) ? i : best), 0);
      } else if (algo === 'Clock') {
        // 指针转一圈：访问位为 1 的清零放过（第二次机会），遇到 0 就换出
        while (refBit[hand]) {
          refBit[hand] = false;
          hand = (hand + 1) % nframes;
        }
        victim = hand;
        hand = (hand + 1) % nframes;
      } else {
        // OPT：换出将来最久才会被用到（或再也不用）的页，需要预知未来，只能作为基准
        const nextUse = (p: number): number => {
          const j = refs.indexOf(p, now + 1);
          return j < 0 ? Infinity : j;
        };
        victim = frames.reduce((best, p, i) => (nextUse(p) > nextUse(frames[best]) ? i : best), 0);
      }
      frames[victim] = page;
      refBit[victim] = true;
    }
    lastUse.set(page, now);
    const shown = frames
      .map((p, i) => (algo === 'Clock' ? `${i === hand ? '>' : ' '}${p}${refBit[i] ? '*' : ' '}` : ` ${p}`))
      .join(' ');
    steps.push({ page, fault, frames: shown });
  });
  return steps;
}

function faults(steps: Step[]): number {
  return steps.filter((s) => s.fault).length;
}

fmt.Printf('访问序列：%v，页框数 %d\n\n', REFS, FRAMES);
for (const algo of SHOW_STEPS) {
  fmt.Printf('== %s 逐步过程%s ==\n', algo, algo === 'Clock' ? '（> 是指针，* 是访问位为 1）' : '');
  for (const s of simulate(algo, REFS, FRAMES)) {
    fmt.Printf('访问 %d  %s  [%s]\n', s.page, s.fault ? '缺页' : '命中', s.frames);
  }
  fmt.Println();
}

fmt.Println('== 缺页次数 ==');
for (const algo of ['FIFO', 'LRU', 'Clock', 'OPT'] as Algo[]) {
  fmt.Printf('%-5s %2d 次\n', algo, faults(simulate(algo, REFS, FRAMES)));
}

// Belady 异常：FIFO 在页框变多时缺页反而变多；LRU 这样的“栈算法”不会。
const BELADY = [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5];
fmt.Printf('\n== Belady 异常：序列 %v ==\n', BELADY);
for (const n of [3, 4]) {
  fmt.Printf('%d 个页框：FIFO %2d 次，LRU %2d 次\n', n, faults(simulate('FIFO', BELADY, n)), faults(simulate('LRU', BELADY, n)));
}
