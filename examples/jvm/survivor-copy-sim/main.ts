// 分代收集的 Minor GC 模拟：Eden + 两个 Survivor（From/To）之间的复制、年龄增长与晋升老年代。
// 规则与 HotSpot 的分代收集器（Serial/Parallel 的新生代）一致：
//   1. 新对象在 Eden 分配；Eden 放不下时触发 Minor GC。
//   2. Minor GC 把 Eden 和 From 里仍存活的对象复制到 To，年龄 +1；然后 From/To 互换角色。
//   3. 年龄达到晋升阈值的对象复制到老年代；To 放不下的对象也直接进老年代（过早晋升）。
//   4. 动态年龄：按年龄从小到大累加存活大小，累计超过 Survivor 的 TARGET_SURVIVOR_RATIO% 时，
//      下一次的晋升阈值降为这个年龄（不超过 MAX_TENURING_THRESHOLD）。
// 单位是“格”（随便理解成 MB）；对象的寿命以“分配了多少个对象之后死亡”计，保证每次运行结果一样。

export {}; // 让本文件成为模块，避免与全局类型重名

// ---- 可以修改的参数 ----
const EDEN = 8; // Eden 容量（SurvivorRatio=8 时 Eden:S0:S1 = 8:1:1）
const SURVIVOR = 4; // 每个 Survivor 的容量
const MAX_TENURING_THRESHOLD = 3; // HotSpot 默认 15，这里调小方便观察
const TARGET_SURVIVOR_RATIO = 50; // 百分比，HotSpot 默认 50
/** 依次分配的对象：[名字, 大小, 寿命（之后再分配几个对象它就死亡；0 表示用完即弃，Infinity 表示一直存活）] */
const ALLOCATIONS: Array<[string, number, number]> = [
  ['session', 1, Infinity], // 长期存活：会在 Survivor 里熬过几次 GC 后晋升
  ['cache', 1, Infinity],
  ['req1', 2, 0], // 寿命 0：用完即弃，GC 时已经死了，复制都不用复制
  ['req2', 2, 0],
  ['req3', 2, 0],
  ['big', 3, 4], // 中等寿命的大对象：能活过一次 GC，但 To 区放不下
  ['req4', 2, 0],
  ['req5', 2, 0],
  ['req6', 2, 0],
  ['req7', 2, 0],
  ['req8', 2, 0],
  ['req9', 2, 0],
  ['req10', 2, 0],
  ['req11', 2, 0],
  ['req12', 2, 0],
  ['req13', 2, 0],
  ['req14', 2, 0],
];
// -------------------------

interface Obj {
  name: string;
  size: number;
  diesAt: number; // 第几次分配之后死亡
  age: number;
}

let clock = 0; // 已分配的对象个数
let gcCount = 0;
let threshold = MAX_TENURING_THRESHOLD;
let eden: Obj[] = [];
let from: Obj[] = [];
const old: Obj[] = [];

const used = (xs: Obj[]): number => xs.reduce((s, o) => s + o.size, 0);
const alive = (o: Obj): boolean => o.diesAt > clock;
const show = (xs: Obj[]): string => (xs.length ? xs.map((o) => `${o.name}(${o.age})`).join(' ') : '空');

function minorGC(): void {
  gcCount++;
  const liveEden = eden.filter(alive);
  const liveFrom = from.filter(alive);
  const dead = eden.length + from.length - liveEden.length - liveFrom.length;
  const to: Obj[] = [];
  const promoted: string[] = [];
  // 先处理 From 里的老对象，再处理 Eden 里的新对象（都按分配顺序）
  for (const o of [...liveFrom, ...liveEden]) {
    if (o.age >= threshold) {
      old.push(o);
      promoted.push(`${o.name}：年龄 ${o.age} 已达阈值 ${threshold}`);
    } else if (used(to) + o.size > SURVIVOR) {
      old.push(o);
      promoted.push(`${o.name}：To 区放不下，过早晋升`);
    } else {
      o.age++; // 每熬过一次 GC、被复制到 Survivor，年龄加一
      to.push(o);
    }
  }
  console.log(`== 第 ${gcCount} 次 Minor GC（晋升阈值 ${threshold}）：回收 ${dead} 个死对象，复制 ${to.length} 个到 To，晋升 ${promoted.length} 个`);
  for (const p of promoted) console.log(`   晋升 ${p}`);
  eden = [];
  from = to; // From 与 To 互换：刚复制进去的 To 成为下一轮的 From
  // 动态年龄判定：按年龄累加，超过 Survivor 的 TARGET_SURVIVOR_RATIO% 就把阈值降到该年龄
  let sum = 0;
  let next = MAX_TENURING_THRESHOLD;
  for (let age = 1; age <= MAX_TENURING_THRESHOLD; age++) {
    sum += used(from.filter((o) => o.age === age));
    if (sum > (SURVIVOR * TARGET_SURVIVOR_RATIO) / 100) {
      next = age;
      break;
    }
  }
  threshold = next;
  console.log(`   之后：Survivor [${show(from)}] ${used(from)}/${SURVIVOR}，老年代 [${show(old)}]，下次阈值 ${threshold}`);
}

console.log(`Eden=${EDEN} Survivor=${SURVIVOR}×2 MaxTenuringThreshold=${MAX_TENURING_THRESHOLD} TargetSurvivorRatio=${TARGET_SURVIVOR_RATIO}%`);
for (const [name, size, life] of ALLOCATIONS) {
  if (used(eden) + size > EDEN) {
    console.log(`分配 ${name}(${size})：Eden 已用 ${used(eden)}/${EDEN}，放不下`);
    minorGC();
  }
  eden.push({ name, size, diesAt: clock + 1 + life, age: 0 });
  clock++;
}
console.log(`结束：Eden [${show(eden)}]，Survivor [${show(from)}]，老年代 [${show(old)}]`);
