// 分表后不带分片键的查询：把同一条查询发到全部分表，用固定数量的 worker 并发执行，再按分表顺序合并。
// 对应 Java 版本的 ExecutorService.invokeAll：结果按提交顺序排列，与完成顺序无关。
import { go, chan, WaitGroup, sleep, context } from './go';

// 可以修改：分表数、并发 worker 数
const SHARDS = 1024;
const THREADS = 16;
const DEADLINE_MS = 5000; // 整批查询共用的截止时间

interface Account {
  shard: number;
  id: string;
}

interface UserMapper {
  getProcessingAccountList(shardingIndex: number): Promise<Account[]>;
}

// 内存实现代替真实的数据库：每 100 张表里有一张含 1 个处理中的账户，每 256 张表里有一张含 2 个
class InMemoryUserMapper implements UserMapper {
  async getProcessingAccountList(i: number): Promise<Account[]> {
    if (i % 97 === 0) await sleep(1); // 模拟少数分表查询较慢，完成顺序被打乱
    const rows: Account[] = [];
    if (i % 100 === 7) rows.push({ shard: i, id: `acct-${i}-a` });
    if (i % 256 === 0) rows.push({ shard: i, id: `acct-${i}-a` }, { shard: i, id: `acct-${i}-b` });
    return rows;
  }
}

// 固定大小的工作池：results[i] 对应第 i 个任务，保证顺序确定。
// 截止时间到了还没开始的任务记为失败（null），出错的任务也记为失败，不让整个查询崩掉。
let failed = 0;
async function executeTask<T>(tasks: Array<() => Promise<T>>, workers: number): Promise<Array<T | null>> {
  const [ctx, cancel] = context.withTimeout(context.background(), DEADLINE_MS);
  const results = new Array<T | null>(tasks.length).fill(null);
  const jobs = chan<number>(tasks.length);
  for (let i = 0; i < tasks.length; i++) await jobs.send(i);
  jobs.close();
  const wg = new WaitGroup();
  for (let w = 0; w < workers; w++) {
    wg.add(1);
    go(async () => {
      for await (const i of jobs) {
        if (ctx.err() !== null) {
          failed++;
          continue;
        }
        try {
          results[i] = await tasks[i]();
        } catch {
          failed++;
        }
      }
      wg.done();
    });
  }
  await wg.wait();
  cancel();
  return results;
}

const userMapper: UserMapper = new InMemoryUserMapper();
const taskList: Array<() => Promise<Account[]>> = [];
for (let shardingIndex = 0; shardingIndex < SHARDS; shardingIndex++) {
  // let 在每次迭代中都是新的绑定，闭包捕获的是本次的值
  taskList.push(() => userMapper.getProcessingAccountList(shardingIndex));
}

const perShard = await executeTask(taskList, THREADS);
const merged = perShard.flatMap((rows) => rows ?? []);
console.log(`shards queried: ${perShard.length}, threads: ${THREADS}`);
console.log(`shards with rows: ${perShard.filter((rows) => rows !== null && rows.length > 0).length}`);
console.log(`failed or timed-out shards: ${failed}`);
console.log(`merged accounts: ${merged.length}`);
for (const a of merged.slice(0, 4)) console.log(`  shard ${a.shard} -> ${a.id}`);
const last = merged[merged.length - 1];
console.log('  ...');
console.log(`  shard ${last.shard} -> ${last.id}`);
