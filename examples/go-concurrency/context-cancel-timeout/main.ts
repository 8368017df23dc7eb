// context 的三种用法：取消沿树向下传播、超时让慢操作提前返回、Value 沿父链查找。
import { go, select, sleep, time, WaitGroup, context, fmt, type Context } from './go';

// 可以改：超时预算和两次调用的耗时（毫秒）
const BUDGET = 50;
const COSTS = [10, 200];

// worker 循环处理，直到 ctx 被取消；返回退出原因。
async function worker(ctx: Context): Promise<Error | null> {
  for (;;) {
    let stop = false;
    await select([
      ctx.done()!.onRecv(() => {
        stop = true;
      }),
      time.after(10).onRecv(() => {
        /* 模拟一小段工作 */
      }),
    ]);
    if (stop) return ctx.err();
  }
}

// query 模拟一次耗时 cost 的下游调用，遵守 ctx 的截止时间。
async function query(ctx: Context, cost: number): Promise<Error | null> {
  let err: Error | null = null;
  await select([
    time.after(cost).onRecv(() => {
      err = null;
    }),
    ctx.done()!.onRecv(() => {
      err = ctx.err();
    }),
  ]);
  return err;
}

// 1. withCancel：取消父节点，子节点（包括带更长超时的子节点）一起被取消。
const [parent, cancel] = context.withCancel(context.background());
const [child, cancelChild] = context.withTimeout(parent, 60 * time.Minute); // 一小时

const wg = new WaitGroup();
const errs: Array<Error | null> = [null, null];
[parent, child].forEach((ctx, i) => {
  wg.add(1);
  go(async () => {
    errs[i] = await worker(ctx);
    wg.done();
  });
});
await sleep(30);
cancel();
await wg.wait();
fmt.Println('parent worker stopped:', errs[0]);
fmt.Println('child worker stopped:', errs[1]);
fmt.Println('child canceled by parent:', child.err() === context.Canceled);
cancelChild();

// 2. withTimeout：同样的预算，快操作成功，慢操作被截止时间打断。
for (const cost of COSTS) {
  const [ctx, cancelQ] = context.withTimeout(context.background(), BUDGET);
  const start = time.now();
  const err = await query(ctx, cost);
  cancelQ(); // 用完立即释放计时器
  fmt.Printf('query cost=%vms err=%v returned early=%v\n', cost, err, time.since(start) < 150);
}

// 3. withValue：只放请求范围的元数据，查找沿父链向上。
const reqCtx = context.withValue(context.background(), 'traceID', 't-42');
const [dbCtx, cancelDB] = context.withTimeout(reqCtx, time.Second);
fmt.Println('traceID seen by db layer:', dbCtx.value('traceID'));
fmt.Println('missing key:', dbCtx.value('user'));
cancelDB();
