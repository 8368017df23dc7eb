// 深分页的三种写法各要读多少条索引记录、回表多少次。
// 用内存里的有序数组代替 InnoDB 的二级索引 idx_uid_ctime (user_id, created_at)，
// 叶子里只有 (created_at, id)；取整行要按 id 去“聚簇索引”查一次，即回表。
//
// 可以改的参数：用户的订单总数、每页行数、要翻到的页码。
const TOTAL_ROWS = 300_000;
const PAGE_SIZE = 10;
const PAGE = 20_001; // 第几页（从 1 开始），要满足 (PAGE - 1) * PAGE_SIZE < TOTAL_ROWS

interface Entry {
  createdAt: number; // 用秒数代替时间
  id: number;
}

// 按 created_at 倒序、id 倒序排好的二级索引（ORDER BY created_at DESC, id DESC）
// 每 3 条订单共用一个时间戳，排序键不唯一，keyset 必须带上 id
const index: Entry[] = Array.from({ length: TOTAL_ROWS }, (_, i) => ({
  createdAt: 1_700_000_000 - Math.floor(i / 3),
  id: TOTAL_ROWS - i,
}));

interface Cost {
  indexReads: number;
  lookups: number;
}

// 原写法：SELECT * ... ORDER BY created_at DESC LIMIT offset, n
// 引擎每读一条索引记录就回表取整行交给 Server 层，Server 层再丢掉前 offset 行
function offsetQuery(offset: number, n: number, c: Cost): number[] {
  const out: number[] = [];
  for (let i = 0; i < offset + n && i < index.length; i++) {
    c.indexReads++;
    c.lookups++;
    if (i >= offset) out.push(index[i].id);
  }
  return out;
}

// 延迟关联：子查询 SELECT id ... LIMIT offset, n 只读索引（覆盖），再按 10 个 id 回表
function deferredJoin(offset: number, n: number, c: Cost): number[] {
  const ids: number[] = [];
  for (let i = 0; i < offset + n && i < index.length; i++) {
    c.indexReads++;
    if (i >= offset) ids.push(index[i].id);
  }
  c.lookups += ids.length;
  return ids;
}

// keyset：WHERE (created_at, id) 排在上一页最后一行之后，LIMIT n
// 在 B+ 树里直接定位到这个位置（这里用二分查找代替），之后只读 n 条
function keyset(last: Entry, n: number, c: Cost): number[] {
  const after = (e: Entry): boolean => e.createdAt < last.createdAt || (e.createdAt === last.createdAt && e.id < last.id);
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(index[mid])) hi = mid;
    else lo = mid + 1;
  }
  const out: number[] = [];
  for (let i = lo; i < lo + n && i < index.length; i++) {
    c.indexReads++;
    c.lookups++;
    out.push(index[i].id);
  }
  return out;
}

const offset = Math.min((PAGE - 1) * PAGE_SIZE, TOTAL_ROWS - PAGE_SIZE); // 页码超出时改成最后一页
console.log(`订单 ${TOTAL_ROWS} 行，每页 ${PAGE_SIZE} 行，翻到第 ${Math.floor(offset / PAGE_SIZE) + 1} 页（OFFSET ${offset}）`);

const c1: Cost = { indexReads: 0, lookups: 0 };
const r1 = offsetQuery(offset, PAGE_SIZE, c1);
console.log(`原写法 LIMIT ${offset}, ${PAGE_SIZE}：读索引记录 ${c1.indexReads} 条，回表 ${c1.lookups} 次`);

const c2: Cost = { indexReads: 0, lookups: 0 };
const r2 = deferredJoin(offset, PAGE_SIZE, c2);
console.log(`延迟关联：读索引记录 ${c2.indexReads} 条，回表 ${c2.lookups} 次`);

const c3: Cost = { indexReads: 0, lookups: 0 };
const last = index[offset - 1]; // 客户端记住的上一页最后一行
const r3 = offset > 0 ? keyset(last, PAGE_SIZE, c3) : offsetQuery(0, PAGE_SIZE, c3);
console.log(`keyset（从上一页最后一行继续）：读索引记录 ${c3.indexReads} 条，回表 ${c3.lookups} 次`);

const same = JSON.stringify(r1) === JSON.stringify(r2) && JSON.stringify(r2) === JSON.stringify(r3);
console.log(`三种写法返回的 id 相同：${same}（${r1.join(' ')}）`);

export {}; // 让这个文件成为独立模块，顶层名字不和其他示例冲突
