// Buffer Pool 的淘汰策略：普通 LRU 与 InnoDB 冷热分区 LRU 对比。
// 用虚拟时钟（毫秒）代替真实时间，只模拟链表怎样移动，不读写真实的页。
//
// InnoDB 的规则（简化）：
//   1. 链表分成热区 young 和冷区 old，冷区约占 OLD_PCT%（innodb_old_blocks_pct，默认 37）。
//   2. 新读入的页插到冷区头部。
//   3. 冷区的页再被访问时，距它第一次被访问已超过 OLD_BLOCKS_TIME（innodb_old_blocks_time，默认 1000 ms），
//      才移到热区头部；否则原地不动。热区的页被访问就移到热区头部。
//   4. 淘汰从冷区尾部开始；两个区的长度随时调整回 OLD_PCT 的比例。
//
// 可以改的参数：池的大小、冷区比例、时间窗口、热点页数、扫描的页数和每页连续读的行数。
const POOL_PAGES = 24;
const OLD_PCT = 37;
const OLD_BLOCKS_TIME = 1000;
const HOT_PAGES = 6;
const HOT_ROUNDS = 3; // 热点页被访问的轮数，每轮间隔 HOT_GAP_MS
const HOT_GAP_MS = 1500;
const SCAN_PAGES = 50;
const ROWS_PER_PAGE = 4; // 全表扫描时每页连续读几行，每行间隔 1 ms

const head = (list: string[]): string => list.slice(0, 8).join(' ') + (list.length > 8 ? ' …' : '');

interface Pool {
  name: string;
  access(page: string, now: number): boolean; // 返回是否命中
  dump(): string;
}

function plainLru(capacity: number): Pool {
  const list: string[] = []; // 下标 0 是头部
  return {
    name: '普通 LRU',
    access(page) {
      const i = list.indexOf(page);
      if (i >= 0) list.splice(i, 1);
      else if (list.length >= capacity) list.pop();
      list.unshift(page);
      return i >= 0;
    },
    dump: () => `链表头部：${head(list)}`,
  };
}

function innodbLru(capacity: number, oldPct: number, oldBlocksTime: number, name: string): Pool {
  const young: string[] = [];
  const old: string[] = [];
  const firstAccess = new Map<string, number>();
  const rebalance = (): void => {
    const target = Math.floor(((young.length + old.length) * oldPct) / 100);
    while (old.length < target && young.length > 0) old.unshift(young.pop() as string);
    while (old.length > target) young.push(old.shift() as string);
  };
  return {
    name,
    access(page, now) {
      let i = young.indexOf(page);
      if (i >= 0) {
        young.splice(i, 1);
        young.unshift(page);
        return true;
      }
      i = old.indexOf(page);
      if (i >= 0) {
        if (now - (firstAccess.get(page) ?? now) >= oldBlocksTime) {
          old.splice(i, 1);
          young.unshift(page);
          rebalance();
        }
        return true;
      }
      if (young.length + old.length >= capacity) {
        const victim = old.length > 0 ? old.pop() : young.pop();
        if (victim !== undefined) firstAccess.delete(victim);
      }
      old.unshift(page);
      firstAccess.set(page, now);
      rebalance();
      return false;
    },
    dump: () => `热区：${head(young)}｜冷区：${head(old)}`,
  };
}

const pools: Pool[] = [
  plainLru(POOL_PAGES),
  innodbLru(POOL_PAGES, OLD_PCT, 0, '冷热分区，old_blocks_time=0'),
  innodbLru(POOL_PAGES, OLD_PCT, OLD_BLOCKS_TIME, `冷热分区，old_blocks_time=${OLD_BLOCKS_TIME}`),
];

const hot = Array.from({ length: HOT_PAGES }, (_, i) => `H${i + 1}`);
console.log(`池 ${POOL_PAGES} 页，冷区 ${OLD_PCT}%，一开始装满只读过一次的页 C1～C${POOL_PAGES}`);
console.log(`热点页 ${HOT_PAGES} 个，访问 ${HOT_ROUNDS} 轮（间隔 ${HOT_GAP_MS} ms）`);
console.log(`然后全表扫描 ${SCAN_PAGES} 页，每页连续读 ${ROWS_PER_PAGE} 行，最后再读一遍热点页`);
for (const pool of pools) {
  let now = 0;
  for (let c = 1; c <= POOL_PAGES; c++) pool.access(`C${c}`, now++); // 实例已经运行了一段时间，池是满的
  now += HOT_GAP_MS;
  for (let round = 0; round < HOT_ROUNDS; round++) {
    for (const p of hot) pool.access(p, now++);
    now += HOT_GAP_MS;
  }
  for (let s = 1; s <= SCAN_PAGES; s++) {
    for (let r = 0; r < ROWS_PER_PAGE; r++) pool.access(`S${s}`, now++);
  }
  const before = pool.dump();
  const hits = hot.filter((p) => pool.access(p, now++)).length;
  console.log(`--- ${pool.name}`);
  console.log(`  扫描后 ${before}`);
  console.log(`  再读热点页：命中 ${hits}/${HOT_PAGES}`);
}

export {}; // 让这个文件成为独立模块，顶层名字不和其他示例冲突
