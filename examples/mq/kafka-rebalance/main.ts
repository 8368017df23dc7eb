// Kafka 消费组重平衡：同样是“成员 C 加入一个已有 A、B 的组”，比较 eager 和 cooperative-sticky
// 两种做法里，哪些分区在重平衡期间停止了消费；再看静态成员重启时为什么不触发重平衡。
// 分配算法做了简化：目标分配是把分区尽量均分，并尽量保留成员原来拥有的分区（sticky）。
export {}; // 让本文件成为模块，避免与其他示例的全局名字冲突
//
// 可以改的参数：
const PARTITIONS = 6;
const SESSION_TIMEOUT_S = 45; // session.timeout.ms（3.0 起默认 45 秒）
const RESTART_S = 20; // 静态成员重启花的时间

type Assignment = Map<string, number[]>;

function fmtA(a: Assignment): string {
  return [...a.entries()].map(([m, ps]) => `${m}:[${ps.map((p) => `p${p}`).join(' ')}]`).join(' ');
}

// 粘性均分：每人 floor(P/N) 个，其中 P%N 个成员可以多 1 个；先保留已有的，多出来的交出去，再把空闲分区分给不够的成员
function stickyTarget(current: Assignment, members: string[]): Assignment {
  const base = Math.floor(PARTITIONS / members.length);
  let extra = PARTITIONS % members.length;
  const quota = new Map<string, number>();
  const target: Assignment = new Map(members.map((m) => [m, [] as number[]]));
  const free: number[] = [];
  const owned = new Set<number>();
  for (const m of members) {
    const mine = current.get(m) ?? [];
    const q = base + (mine.length > base && extra > 0 ? 1 : 0);
    if (q > base) extra--;
    quota.set(m, q);
    for (const p of mine) {
      if (target.get(m)!.length < q) target.get(m)!.push(p);
      else free.push(p);
      owned.add(p);
    }
  }
  for (let p = 0; p < PARTITIONS; p++) if (!owned.has(p)) free.push(p);
  free.sort((a, b) => a - b);
  for (const m of members) {
    if (target.get(m)!.length === 0 && extra > 0 && quota.get(m) === base) {
      quota.set(m, base + 1);
      extra--;
    }
    while (target.get(m)!.length < quota.get(m)! && free.length) target.get(m)!.push(free.shift()!);
  }
  return target;
}

// range：按成员名排序，每人分一段连续的分区，前面的成员多分余数
function rangeAssign(members: string[]): Assignment {
  const sorted = [...members].sort();
  const per = Math.floor(PARTITIONS / sorted.length);
  const extra = PARTITIONS % sorted.length;
  const out: Assignment = new Map();
  let p = 0;
  sorted.forEach((m, i) => {
    const n = per + (i < extra ? 1 : 0);
    out.set(m, Array.from({ length: n }, () => p++));
  });
  return out;
}

const before = rangeAssign(['A', 'B']);
const members = ['A', 'B', 'C'];
console.log(`加入前：${fmtA(before)}；成员 C 加入`);

console.log('== eager（这里用 range 分配）==');
{
  // 第一步：所有成员交出全部分区再 JoinGroup
  const paused = PARTITIONS;
  console.log(`  第 1 轮：A、B 交出全部分区，整个组停止消费（${paused} 个分区暂停）`);
  const target = rangeAssign(members);
  console.log(`  SyncGroup：${fmtA(target)}，各成员重新开始消费`);
  console.log(`  暂停的分区：${paused} 个`);
}

console.log('== cooperative-sticky（两轮，增量）==');
{
  const target = stickyTarget(before, members);
  const revoked: number[] = [];
  for (const [m, ps] of before) for (const p of ps) if (!target.get(m)!.includes(p)) revoked.push(p);
  const firstRound: Assignment = new Map(members.map((m) => [m, (before.get(m) ?? []).filter((p) => !revoked.includes(p))]));
  console.log(`  第 1 轮：目标是 ${fmtA(target)}；只收回 ${revoked.map((p) => `p${p}`).join(' ') || '（无）'}`);
  console.log(`  第 1 轮后：${fmtA(firstRound)}，其余分区一直在消费`);
  console.log(`  第 2 轮：把收回的分区交给新成员 -> ${fmtA(target)}`);
  console.log(`  暂停的分区：${revoked.length} 个`);
}

console.log('== 静态成员（group.instance.id）重启 ==');
{
  const bParts = (before.get('B') ?? []).map((p) => `p${p}`).join(' ');
  for (const [id, label] of [['', '动态成员'], ['consumer-b-0', '静态成员']] as const) {
    if (id === '') {
      console.log(`  ${label} B 关闭时发送 LeaveGroup -> 立即重平衡；${RESTART_S} 秒后回来又以新成员身份加入 -> 再重平衡一次`);
    } else if (RESTART_S < SESSION_TIMEOUT_S) {
      console.log(`  ${label} B（${id}）关闭时不发 LeaveGroup；${RESTART_S} 秒后带同一个 ID 回来，未超过 session.timeout ${SESSION_TIMEOUT_S} 秒 -> 不重平衡，直接拿回 ${bParts}`);
      console.log(`  代价：B 不在的 ${RESTART_S} 秒里 ${bParts} 没人消费`);
    } else {
      console.log(`  ${label} B（${id}）超过 session.timeout ${SESSION_TIMEOUT_S} 秒才回来 -> 被移出组，照常重平衡`);
    }
  }
}
