// ThreadPoolExecutor 任务流转模拟：一批任务涌入时，每个任务去了哪里。
// 这是按“逻辑时间”推进的确定性模拟（不真的睡眠），规则与 ThreadPoolExecutor.execute 一致：
//   1. 线程数 < CORE_POOL_SIZE：新建核心线程执行它；
//   2. 否则尝试入队（有空闲线程会立刻取走）；
//   3. 队列满且线程数 < MAX_POOL_SIZE：新建非核心线程执行它；
//   4. 否则交给拒绝策略。

export {}; // 让本文件成为模块，避免与全局类型重名

// ---- 可以修改的参数 ----
const CORE_POOL_SIZE = 2;
const MAX_POOL_SIZE = 4;
const QUEUE_CAPACITY = 2;
/** 'AbortPolicy' | 'CallerRunsPolicy' | 'DiscardPolicy' | 'DiscardOldestPolicy' */
const POLICY: Policy = 'CallerRunsPolicy';
const TASK_COUNT = 10; // 提交的任务数
const SUBMIT_INTERVAL_MS = 10; // 主线程每隔多久提交一个（0 表示瞬间涌入）
const TASK_MS = 100; // 每个任务的执行时间
const KEEP_ALIVE_MS = 50; // 非核心线程空闲多久后退出
// -------------------------

type Policy = 'AbortPolicy' | 'CallerRunsPolicy' | 'DiscardPolicy' | 'DiscardOldestPolicy';

interface PoolThread {
  name: string;
  core: boolean;
  task: number | null; // 正在执行的任务
  busyUntil: number; // 当前任务结束时间
  idleSince: number; // 开始空闲的时间
  alive: boolean;
}

let now = 0;
let workerSeq = 0;
const workers: PoolThread[] = [];
const queue: number[] = [];
const completed: number[] = [];
const rejected: number[] = [];
const discarded: number[] = [];
const callerRan: number[] = [];

function log(msg: string): void {
  console.log(`[${String(now).padStart(4)} ms] ${msg}`);
}

function aliveWorkers(): PoolThread[] {
  return workers.filter((w) => w.alive);
}

function queueText(): string {
  return `队列 [${queue.map((t) => '#' + t).join(' ')}] ${queue.length}/${QUEUE_CAPACITY}`;
}

function startTask(w: PoolThread, task: number): void {
  w.task = task;
  w.busyUntil = now + TASK_MS;
}

/** 推进逻辑时间到 t：处理这段时间内的任务完成、取队列、空闲线程超时退出。 */
function advanceTo(t: number): void {
  for (;;) {
    // 找出最早发生的事件：某个线程完成任务，或某个非核心线程空闲超时
    let next = Infinity;
    for (const w of aliveWorkers()) {
      if (w.task !== null) next = Math.min(next, w.busyUntil);
      else if (!w.core) next = Math.min(next, w.idleSince + KEEP_ALIVE_MS);
    }
    if (next > t) break;
    now = next;
    for (const w of aliveWorkers()) {
      if (w.task !== null && w.busyUntil === now) {
        const done = w.task;
        completed.push(done);
        const nextTask = queue.shift();
        if (nextTask !== undefined) {
          startTask(w, nextTask);
          log(`${w.name} 完成 #${done}，从队列取出 #${nextTask}；${queueText()}`);
        } else {
          w.task = null;
          w.idleSince = now;
          log(`${w.name} 完成 #${done}，队列为空，进入空闲`);
        }
      } else if (w.task === null && !w.core && w.idleSince + KEEP_ALIVE_MS === now) {
        w.alive = false;
        log(`${w.name}（非核心）空闲 ${KEEP_ALIVE_MS} ms，退出`);
      }
    }
  }
  now = t;
}

function addWorker(core: boolean, task: number): PoolThread {
  const w: PoolThread = { name: `W${++workerSeq}`, core, task: null, busyUntil: 0, idleSince: now, alive: true };
  workers.push(w);
  startTask(w, task);
  return w;
}

/** 对应 ThreadPoolExecutor.execute(task)。 */
function execute(task: number): void {
  const count = aliveWorkers().length;
  if (count < CORE_POOL_SIZE) {
    const w = addWorker(true, task);
    log(`提交 #${task} → 线程数 ${count} < core ${CORE_POOL_SIZE}，新建核心线程 ${w.name} 执行`);
    return;
  }
  if (queue.length < QUEUE_CAPACITY) {
    const idle = aliveWorkers().find((w) => w.task === null);
    if (idle) {
      startTask(idle, task);
      log(`提交 #${task} → 入队，空闲线程 ${idle.name} 立刻取走执行`);
    } else {
      queue.push(task);
      log(`提交 #${task} → 核心线程已满，入队；${queueText()}`);
    }
    return;
  }
  if (count < MAX_POOL_SIZE) {
    const w = addWorker(false, task);
    log(`提交 #${task} → 队列已满，线程数 ${count} < max ${MAX_POOL_SIZE}，新建非核心线程 ${w.name} 执行`);
    return;
  }
  reject(task);
}

function reject(task: number): void {
  const why = `队列已满且线程数已达 max ${MAX_POOL_SIZE}`;
  switch (POLICY) {
    case 'AbortPolicy':
      rejected.push(task);
      log(`提交 #${task} → ${why}：AbortPolicy 抛出 RejectedExecutionException`);
      return;
    case 'DiscardPolicy':
      discarded.push(task);
      log(`提交 #${task} → ${why}：DiscardPolicy 静默丢弃`);
      return;
    case 'DiscardOldestPolicy': {
      const oldest = queue.shift()!;
      discarded.push(oldest);
      log(`提交 #${task} → ${why}：DiscardOldestPolicy 丢弃队头 #${oldest}，重新提交 #${task}`);
      execute(task);
      return;
    }
    case 'CallerRunsPolicy': {
      callerRan.push(task);
      log(`提交 #${task} → ${why}：CallerRunsPolicy 由提交线程 main 自己执行，main 停止提交 ${TASK_MS} ms`);
      advanceTo(now + TASK_MS); // 主线程忙着执行任务，这段时间工作线程继续消化队列
      completed.push(task);
      log(`main 执行完 #${task}，继续提交`);
      return;
    }
  }
}

console.log(
  `core=${CORE_POOL_SIZE} max=${MAX_POOL_SIZE} queue=${QUEUE_CAPACITY} policy=${POLICY} ` +
    `tasks=${TASK_COUNT} 提交间隔=${SUBMIT_INTERVAL_MS}ms 任务耗时=${TASK_MS}ms`,
);
let submitAt = 0;
for (let i = 1; i <= TASK_COUNT; i++) {
  advanceTo(Math.max(now, submitAt));
  execute(i);
  submitAt = now + SUBMIT_INTERVAL_MS;
}
advanceTo(Number.MAX_SAFE_INTEGER); // 提交完毕，把剩下的任务跑完

console.log('---- 汇总 ----');
console.log(`完成 ${completed.length} 个：${completed.map((t) => '#' + t).join(' ')}`);
console.log(`其中由 main 自己执行：${callerRan.length ? callerRan.map((t) => '#' + t).join(' ') : '无'}`);
console.log(`抛异常被拒绝：${rejected.length ? rejected.map((t) => '#' + t).join(' ') : '无'}`);
console.log(`被丢弃：${discarded.length ? discarded.map((t) => '#' + t).join(' ') : '无'}`);
console.log(`累计创建线程：${workers.length}，最后存活（核心线程默认不超时）：${aliveWorkers().length}`);
