// ThreadPoolExecutor 模拟：任务去了哪里、线程怎样复用、哪个线程在 keepAlive 后退出。
// 按“事件剧本”一步步推进，不真的计时。规则与 JDK 的 ThreadPoolExecutor 一致：
//   execute：线程数 < core 就新建线程；否则入队；队列满且线程数 < max 就新建线程；否则拒绝。
//   getTask：线程做完手头的任务就去队列取下一个。线程数 > core（或开启了 allowCoreThreadTimeOut）时
//            用 poll(keepAlive) 限时等待，超时就退出；否则用 take() 一直等。
// 线程本身没有“核心/非核心”的标记：谁先空闲超时谁先退出，直到线程数降回 core。

export {}; // 让本文件成为模块，避免与全局类型重名

// ---- 可以修改的参数 ----
const CORE_POOL_SIZE = 2;
const MAX_POOL_SIZE = 4;
const QUEUE_CAPACITY = 2; // ArrayBlockingQueue 的容量；0 表示 SynchronousQueue（只能直接交给空闲线程）
/** 'AbortPolicy' | 'CallerRunsPolicy' | 'DiscardPolicy' | 'DiscardOldestPolicy' */
const POLICY: Policy = 'AbortPolicy';
const KEEP_ALIVE_MS = 300;
// 剧本（空格分隔）：S3 提交任务 #3；F3 让任务 #3 执行完；K 等待超过 keepAlive；C 调用 allowCoreThreadTimeOut(true)
const SCRIPT = 'S1 S2 S3 S4 S5 S6 S7 F1 F2 F3 F4 K F5 F6 K C K';
// -------------------------

type Policy = 'AbortPolicy' | 'CallerRunsPolicy' | 'DiscardPolicy' | 'DiscardOldestPolicy';

interface Worker {
  name: string;
  task: number | null; // 正在执行的任务；null 表示空闲，正在 getTask() 里等
  timed: boolean; // 空闲时用 poll(keepAlive)（true）还是 take()（false）
  idleOrder: number; // 开始空闲的先后，越小越早超时
  alive: boolean;
}

let workerSeq = 0;
let idleSeq = 0;
let allowCoreThreadTimeOut = false;
const workers: Worker[] = [];
const queue: number[] = [];
const completed: number[] = [];
const rejected: number[] = [];
const discarded: number[] = [];
const callerRan: number[] = [];

const alive = (): Worker[] => workers.filter((w) => w.alive);
const idle = (): Worker[] => alive().filter((w) => w.task === null).sort((a, b) => a.idleOrder - b.idleOrder);
const names = (ws: Worker[]): string => ws.map((w) => w.name).sort().join(' ');
const queueText = (): string => `队列 [${queue.map((t) => '#' + t).join(' ')}] ${queue.length}/${QUEUE_CAPACITY}`;

/** 线程做完任务（或刚被创建且没有首个任务）后进入 getTask()。 */
function getTask(w: Worker, done: number | null): void {
  const head = done === null ? `${w.name} 启动` : `#${done} 完成 → ${w.name}`;
  const next = queue.shift();
  if (next !== undefined) {
    w.task = next;
    console.log(`${head} 从队列取出 #${next}；${queueText()}`);
    return;
  }
  const count = alive().length;
  w.task = null;
  w.idleOrder = ++idleSeq;
  w.timed = allowCoreThreadTimeOut || count > CORE_POOL_SIZE;
  console.log(
    w.timed
      ? `${head} 队列为空，poll(keepAlive) 限时等待（${allowCoreThreadTimeOut ? "已开启 allowCoreThreadTimeOut" : `线程数 ${count} > core ${CORE_POOL_SIZE}`}）`
      : `${head} 队列为空，take() 一直等待（线程数 ${count} ≤ core ${CORE_POOL_SIZE}）`,
  );
}

function addWorker(task: number | null): Worker {
  const w: Worker = { name: `W${++workerSeq}`, task, timed: false, idleOrder: 0, alive: true };
  workers.push(w);
  return w;
}

/** 对应 ThreadPoolExecutor.execute(task)。 */
function execute(task: number): void {
  const count = alive().length;
  if (count < CORE_POOL_SIZE) {
    const w = addWorker(task);
    console.log(`提交 #${task} → 线程数 ${count} < core ${CORE_POOL_SIZE}，新建 ${w.name} 执行；poolSize=${alive().length}`);
    return;
  }
  const waiting = idle();
  if (waiting.length > 0 || queue.length < QUEUE_CAPACITY) {
    if (waiting.length > 0) {
      waiting[0]!.task = task; // 空闲线程正阻塞在 poll/take 上，立刻拿走
      console.log(`提交 #${task} → 入队，正在等任务的 ${waiting[0]!.name} 立即取走执行`);
    } else {
      queue.push(task);
      console.log(`提交 #${task} → 线程数已达 core ${CORE_POOL_SIZE}，入队；${queueText()}`);
    }
    if (alive().length === 0) {
      const w = addWorker(null); // 入队后发现一个线程都没有，补一个不带首个任务的线程
      console.log(`提交 #${task} → 池里没有线程，补建 ${w.name}`);
      getTask(w, null);
    }
    return;
  }
  if (count < MAX_POOL_SIZE) {
    const w = addWorker(task);
    console.log(`提交 #${task} → 队列已满，线程数 ${count} < max ${MAX_POOL_SIZE}，新建 ${w.name} 执行；poolSize=${alive().length}`);
    return;
  }
  reject(task);
}

function reject(task: number): void {
  const why = `提交 #${task} → 队列已满且线程数已达 max ${MAX_POOL_SIZE}`;
  switch (POLICY) {
    case 'AbortPolicy':
      rejected.push(task);
      console.log(`${why}：AbortPolicy 抛出 RejectedExecutionException`);
      return;
    case 'DiscardPolicy':
      discarded.push(task);
      console.log(`${why}：DiscardPolicy 静默丢弃`);
      return;
    case 'DiscardOldestPolicy': {
      const oldest = queue.shift();
      if (oldest === undefined) {
        discarded.push(task); // SynchronousQueue 没有可丢的队头（真实 JDK 会反复重试直到栈溢出）
        console.log(`${why}：DiscardOldestPolicy 找不到队头可丢，只能丢弃 #${task}`);
        return;
      }
      discarded.push(oldest);
      console.log(`${why}：DiscardOldestPolicy 丢弃队头 #${oldest}，重新 execute #${task}`);
      execute(task);
      return;
    }
    case 'CallerRunsPolicy':
      callerRan.push(task);
      completed.push(task);
      console.log(`${why}：CallerRunsPolicy 由提交线程 main 自己执行 #${task}，执行期间 main 不能再提交`);
      return;
  }
}

function finish(task: number): void {
  const w = alive().find((x) => x.task === task);
  if (!w) {
    console.log(`#${task} 不在任何线程上执行（还在队列里、已被拒绝或丢弃），跳过`);
    return;
  }
  completed.push(task);
  getTask(w, task);
}

/** 等待超过 keepAlive：限时等待的空闲线程按开始空闲的先后超时，线程数降到 core（或 0）为止。 */
function waitKeepAlive(): void {
  const exited: Worker[] = [];
  for (const w of idle()) {
    if (!w.timed) continue;
    const count = alive().length;
    const timed = allowCoreThreadTimeOut || count > CORE_POOL_SIZE;
    if (timed && (count > 1 || queue.length === 0)) {
      w.alive = false; // getTask 返回 null，runWorker 结束，线程退出
      exited.push(w);
    } else {
      w.timed = false; // 线程数已降回 core：下一轮 getTask 改用 take()
    }
  }
  const who = exited.length > 0 ? `${exited.map((w) => w.name).sort().join('、')} 超时退出` : '没有线程退出';
  console.log(`等待超过 keepAlive：${who}；存活 [${names(alive())}]，poolSize=${alive().length}`);
}

console.log(
  `core=${CORE_POOL_SIZE} max=${MAX_POOL_SIZE} queue=${QUEUE_CAPACITY} keepAlive=${KEEP_ALIVE_MS}ms policy=${POLICY}`,
);
for (const step of SCRIPT.split(/\s+/).filter(Boolean)) {
  const n = Number(step.slice(1));
  if (step[0] === 'S') execute(n);
  else if (step[0] === 'F') finish(n);
  else if (step === 'K') waitKeepAlive();
  else if (step === 'C') {
    allowCoreThreadTimeOut = true;
    for (const w of idle()) w.timed = true; // 它会中断空闲线程，让它们重新按 poll(keepAlive) 等
    console.log('allowCoreThreadTimeOut(true)：中断空闲线程，它们改用 poll(keepAlive) 等待');
  }
}

const list = (xs: number[]): string => (xs.length ? xs.map((t) => '#' + t).join(' ') : '无');
console.log('---- 汇总 ----');
console.log(`完成：${list(completed)}`);
console.log(`由 main 自己执行：${list(callerRan)}`);
console.log(`抛异常被拒绝：${list(rejected)}`);
console.log(`被丢弃：${list(discarded)}`);
console.log(`累计创建线程：${workers.length}，最后存活：${alive().length}`);
