import { fmt } from './go';

// GMP 调度器的教学模拟：几个 P、各自的本地队列与 runnext、一个全局队列，
// 工作窃取，以及阻塞系统调用时把 P 交给另一个 M。时间以 tick 为单位推进。
// 省略了：自旋 M、netpoll、每 61 次调度检查一次全局队列、sysmon 对系统调用的检测延迟
// （这里 G 一进入系统调用，P 就被交出，相当于 entersyscallblock）。
// 和真实运行时一致的几点：被抢占的 G 进全局队列；偷来的一批里运行最后一个；
// 从 runnext 取出的 G 继承上一个 G 剩下的时间片。

// ---------------- 可以修改的参数 ----------------
const GOMAXPROCS = 2; // P 的个数
const LOCAL_QUEUE_CAP = 4; // 本地队列容量（真实值是 256，调小后能看到溢出到全局队列）
const TIME_SLICE = 2; // 一个时间片多少 tick，用完就被抢占（真实是 10ms，由 sysmon 发起）
// main goroutine（G0）在第一个 tick 里依次执行这些 go 语句：
// work 是需要运行的 tick 数；syscallAfter/syscallTicks 表示运行若干 tick 后进入阻塞系统调用、持续多久
const SPAWN: { name: string; work: number; syscallAfter?: number; syscallTicks?: number }[] = [
  { name: 'G1', work: 1 },
  { name: 'G2', work: 3 },
  { name: 'G3', work: 3, syscallAfter: 1, syscallTicks: 3 },
  { name: 'G4', work: 1 },
  { name: 'G5', work: 1 },
  // 再加两个 G（超过 LOCAL_QUEUE_CAP + 1 个）就能看到本地队列溢出到全局队列
]
const MAX_TICKS = 30;
// ------------------------------------------------

interface G {
  name: string;
  work: number;
  ran: number; // 已运行的 tick 数
  syscallAfter?: number;
  syscallTicks?: number;
  spawns?: boolean;
}
interface M {
  id: number;
  syscall: { g: G; left: number } | null;
}
interface P {
  id: number;
  m: M | null;
  cur: G | null;
  runnext: G | null;
  local: G[];
  slice: number; // 当前时间片已用的 tick 数（runnext 里的 G 接着用，不重新计时）
}

const global: G[] = [];
const idleMs: M[] = [];
const blockedMs: M[] = [];
let nextM = 0;
const newM = (): M => ({ id: nextM++, syscall: null });
const ps: P[] = Array.from({ length: GOMAXPROCS }, (_, id) => ({ id, m: newM(), cur: null, runnext: null, local: [], slice: 0 }));
let tick = 0;
let finished = 0;

const log = (msg: string): void => fmt.Println(`t=${String(tick).padEnd(2)} ${msg}`);
const names = (gs: G[]): string => gs.map((g) => g.name).join(' ');
const pm = (p: P): string => `P${p.id}/M${p.m ? p.m.id : '-'}`;

// 取一个 M：优先用空闲的，没有就新建一个线程
function acquireM(): M {
  return idleMs.shift() ?? newM();
}

// go f()：新 G 放进 runnext，原来的 runnext 被挤到本地队列尾；本地满了就把一半连同它一起移到全局队列
function spawn(p: P, g: G): void {
  const kicked = p.runnext;
  p.runnext = g;
  if (!kicked) return;
  if (p.local.length < LOCAL_QUEUE_CAP) {
    p.local.push(kicked);
    return;
  }
  const half = p.local.splice(0, LOCAL_QUEUE_CAP / 2);
  global.push(...half, kicked);
  log(`  ${pm(p)} 本地队列已满：${names(half)} 和 ${kicked.name} 移到全局队列`);
}

// 找下一个 G：runnext → 本地队列 → 全局队列（一次拿一批）→ 从别的 P 偷一半
// 返回 [G, 是否继承时间片]：只有从 runnext 取出的 G 继承
function findRunnable(p: P): [G, boolean] | null {
  if (p.runnext) {
    const g = p.runnext;
    p.runnext = null;
    return [g, true];
  }
  const fromLocal = p.local.shift();
  if (fromLocal) return [fromLocal, false];
  if (global.length > 0) {
    const n = Math.min(Math.floor(global.length / GOMAXPROCS) + 1, global.length, LOCAL_QUEUE_CAP / 2);
    const batch = global.splice(0, n);
    p.local.push(...batch.slice(1));
    log(`  ${pm(p)} 从全局队列取 ${n} 个：${names(batch)}`);
    return [batch[0], false];
  }
  for (let k = 1; k < GOMAXPROCS; k++) {
    const victim = ps[(p.id + k) % GOMAXPROCS];
    const n = victim.local.length;
    if (n === 0) continue;
    // runqsteal：从队头拿走一半放进自己的本地队列，运行其中最后一个
    const stolen = victim.local.splice(0, n - Math.floor(n / 2));
    const run = stolen[stolen.length - 1];
    p.local.push(...stolen.slice(0, -1));
    log(`  ${pm(p)} 偷走 P${victim.id} 本地队列的一半：${names(stolen)}，运行最后一个 ${run.name}`);
    return [run, false];
  }
  return null;
}

function hasWork(): boolean {
  return global.length > 0 || ps.some((p) => p.runnext !== null || p.local.length > 0);
}

function state(): string {
  const parts = ps.map((p) => {
    const run = p.m === null ? '空闲' : p.cur ? `运行 ${p.cur.name}` : '待调度';
    return `P${p.id}[M${p.m ? p.m.id : '-'} ${run} next=${p.runnext ? p.runnext.name : '-'} 本地=(${names(p.local)})]`;
  });
  const sys = blockedMs.map((m) => `M${m.id}:${m.syscall!.g.name}`).join(' ');
  return `     ${parts.join(' ')} 全局=(${names(global)})${sys ? ' 系统调用中=' + sys : ''}`;
}

// 初始：P0 上运行 main goroutine G0，它负责创建所有 G
ps[0].cur = { name: 'G0', work: 1, ran: 0, spawns: true };
for (let i = 1; i < GOMAXPROCS; i++) {
  idleMs.push(ps[i].m!);
  ps[i].m = null;
}

while (tick < MAX_TICKS && finished < SPAWN.length + 1) {
  // 1. 系统调用返回：先找空闲 P，找不到就把 G 放进全局队列，M 休眠
  for (const m of [...blockedMs]) {
    const sc = m.syscall!;
    if (--sc.left > 0) continue;
    blockedMs.splice(blockedMs.indexOf(m), 1);
    m.syscall = null;
    const idleP = ps.find((p) => p.m === null);
    if (idleP) {
      idleP.m = m;
      idleP.cur = sc.g;
      idleP.slice = 0;
      log(`M${m.id} 的系统调用返回：拿到空闲的 P${idleP.id}，继续运行 ${sc.g.name}`);
    } else {
      global.push(sc.g);
      idleMs.push(m);
      log(`M${m.id} 的系统调用返回：没有空闲 P，${sc.g.name} 放进全局队列，M${m.id} 休眠`);
    }
  }
  // 2. 有活可干时唤醒空闲的 P（wakep）
  for (const p of ps) {
    if (p.m === null && hasWork()) {
      p.m = acquireM();
      log(`唤醒 P${p.id}，交给 M${p.m.id}`);
    }
  }
  // 3. 每个 P 调度并运行一个 tick
  for (const p of ps) {
    if (p.m === null) continue;
    if (!p.cur) {
      const found = findRunnable(p);
      if (!found) {
        idleMs.push(p.m);
        log(`${pm(p)} 找不到 G：P${p.id} 进入空闲列表，M${p.m.id} 休眠`);
        p.m = null;
        continue;
      }
      p.cur = found[0];
      if (!found[1]) p.slice = 0;
      else if (p.slice > 0) log(`  ${pm(p)} 从 runnext 取出 ${p.cur.name}，接着用剩下的时间片（已用 ${p.slice}/${TIME_SLICE}）`);
    }
    const g = p.cur;
    g.ran++;
    p.slice++;
    if (g.spawns) {
      log(`${pm(p)} 运行 G0：go 语句依次创建 ${SPAWN.map((s) => s.name).join(' ')}`);
      SPAWN.forEach((s) => spawn(p, { ...s, ran: 0 }));
    } else {
      log(`${pm(p)} 运行 ${g.name}（${g.ran}/${g.work}）`);
    }
    if (g.ran >= g.work) {
      finished++;
      p.cur = null;
      log(`  ${g.name} 结束`);
    } else if (g.syscallAfter !== undefined && g.ran === g.syscallAfter) {
      const m = p.m;
      m.syscall = { g, left: g.syscallTicks ?? 1 };
      blockedMs.push(m);
      p.cur = null;
      if (hasWork()) {
        p.m = acquireM();
        log(`  ${g.name} 进入阻塞系统调用：M${m.id} 被挂起，P${p.id} 交给 M${p.m.id}（hand off）`);
      } else {
        p.m = null;
        log(`  ${g.name} 进入阻塞系统调用：M${m.id} 被挂起，P${p.id} 没有待运行的 G，进入空闲列表`);
      }
    } else if (p.slice >= TIME_SLICE) {
      // gopreempt_m → goschedImpl → globrunqput：被抢占的 G 进全局队列
      global.push(g);
      p.cur = null;
      p.slice = 0;
      log(`  ${g.name} 时间片用完被抢占，放进全局队列尾部`);
    }
  }
  fmt.Println(state());
  tick++;
}
fmt.Println(`共 ${tick} 个 tick，创建过的 M（线程）数：${nextM}`);
