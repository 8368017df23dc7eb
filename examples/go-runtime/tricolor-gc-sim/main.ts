import { fmt } from './go';

// 三色标记的教学模拟：标记进行到一半时，用户代码（mutator）改写了指针。
// 没有写屏障时，一个仍然存活的对象被当作垃圾回收；打开写屏障后它被救回。

// ---------------- 可以修改的参数 ----------------
// 对象图：栈（根）直接引用的对象，以及堆对象之间的指针。F 从一开始就不可达，是真正的垃圾。
const OBJECTS = ['A', 'B', 'C', 'D', 'E', 'F'];
const STACK_ROOTS = ['A', 'B'];
const EDGES: [string, string][] = [
  ['A', 'D'],
  ['B', 'C'],
  ['C', 'E'],
];
// 标记到第 afterStep 步之后，用户代码执行的写操作：
//   add：from.ref = to（from 为 '栈' 表示写栈上的局部变量，栈上的写没有写屏障）
//   del：把 from 指向 to 的指针置为 nil
type Mutation = { afterStep: number; kind: 'add' | 'del'; from: string; to: string };
const MUTATIONS: Mutation[] = [
  { afterStep: 1, kind: 'add', from: 'A', to: 'C' }, // 黑色的 A 指向白色的 C
  { afterStep: 1, kind: 'del', from: 'B', to: 'C' }, // 删掉灰色的 B 到 C 的唯一路径
];
// 依次用哪些屏障跑一遍：none（无）、dijkstra（插入）、yuasa（删除）、hybrid（Go 1.8 起的混合写屏障）
// 试试把第一条写改成 from: '栈'，再比较 dijkstra 和 hybrid：栈上的写不加屏障，插入屏障就保不住 C 了。
type Barrier = 'none' | 'dijkstra' | 'yuasa' | 'hybrid';
const BARRIERS: Barrier[] = ['none', 'hybrid'];
// ------------------------------------------------

type Color = '白' | '灰' | '黑';
const BARRIER_NAME: Record<Barrier, string> = {
  none: '无写屏障',
  dijkstra: 'Dijkstra 插入屏障',
  yuasa: 'Yuasa 删除屏障',
  hybrid: '混合写屏障',
};

function run(barrier: Barrier): void {
  fmt.Println(`==== ${BARRIER_NAME[barrier]} ====`);
  const color = new Map<string, Color>(OBJECTS.map((o) => [o, '白']));
  const refs = new Map<string, Set<string>>(OBJECTS.map((o) => [o, new Set<string>()]));
  for (const [from, to] of EDGES) refs.get(from)!.add(to);
  const stack = new Set<string>(STACK_ROOTS);
  const grey: string[] = [];

  const shade = (o: string, why: string): void => {
    if (color.get(o) !== '白') return;
    color.set(o, '灰');
    grey.push(o);
    fmt.Println(`    ${why}：${o} 染灰`);
  };
  const show = (): void => {
    const cs = OBJECTS.map((o) => `${o}${color.get(o)}`).join(' ');
    fmt.Println(`    颜色：${cs}    灰色队列：[${grey.join(' ')}]`);
  };

  // 第 0 步：扫描栈（根），栈扫描完即视为黑色，之后不再重扫
  fmt.Println('第 0 步：扫描栈上的根');
  for (const r of stack) shade(r, '根');
  show();

  let step = 0;
  while (grey.length > 0) {
    step++;
    const o = grey.shift()!;
    fmt.Println(`第 ${step} 步：扫描 ${o}`);
    for (const t of refs.get(o)!) shade(t, `${o} 引用`);
    color.set(o, '黑');
    fmt.Println(`    ${o} 变黑`);
    show();

    for (const m of MUTATIONS.filter((x) => x.afterStep === step)) {
      const onStack = m.from === '栈';
      if (m.kind === 'add') {
        fmt.Println(`  用户代码：${onStack ? '栈上变量' : m.from + '.ref'} = ${m.to}`);
        // 插入屏障（以及混合屏障的插入部分）只作用于堆上的写
        if (!onStack && (barrier === 'dijkstra' || barrier === 'hybrid')) shade(m.to, '写屏障（新值）');
        (onStack ? stack : refs.get(m.from)!).add(m.to);
      } else {
        fmt.Println(`  用户代码：${onStack ? '栈上变量' : m.from + '.ref'} = nil（原来指向 ${m.to}）`);
        if (!onStack && (barrier === 'yuasa' || barrier === 'hybrid')) shade(m.to, '写屏障（旧值）');
        (onStack ? stack : refs.get(m.from)!).delete(m.to);
      }
      show();
    }
  }

  // 清扫：白色对象被回收。再按最终的指针关系检查一遍：有没有还能到达的对象被回收了？
  const freed = OBJECTS.filter((o) => color.get(o) === '白');
  const reachable = new Set<string>();
  const visit = (o: string): void => {
    if (reachable.has(o)) return;
    reachable.add(o);
    refs.get(o)!.forEach(visit);
  };
  stack.forEach(visit);
  const wrong = freed.filter((o) => reachable.has(o));
  fmt.Println(`清扫：回收 ${freed.join(' ') || '（无）'}`);
  if (wrong.length > 0) fmt.Println(`结果：错误！${wrong.join(' ')} 仍然可达却被回收，留下悬空指针`);
  else fmt.Println('结果：正确，只回收了不可达的对象');
}

BARRIERS.forEach((b, i) => {
  if (i > 0) fmt.Println('');
  run(b);
});
