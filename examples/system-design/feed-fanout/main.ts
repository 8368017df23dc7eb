// Feed 的推、拉与推拉结合：在一张按幂律生成的关注关系图上，统计一天的写放大和读扇入。
// 推（写扩散）：发帖时写进每个粉丝的收件箱；拉（读扩散）：刷新时去每个关注的人那里取；
// 推拉结合：粉丝数超过 THRESHOLD 的“大 V”不推，读者刷新时单独拉它们，其余照常推。
// 关注关系用固定起点的伪随机序列生成，输出确定。
import { fmt } from './go';

// ===== 可以修改的参数 =====
const USERS = 20000;
const FOLLOWS_PER_USER = 50; // 每人关注多少人
const ZIPF_S = 0.8; // 越大，粉丝越集中在少数大 V 身上 // 越大，粉丝越集中在少数大 V 身上 // 越大，粉丝越集中在少数大 V 身上 // 越大，粉丝越集中在少数大 V 身上
const POSTS_PER_USER = 1; // 每人每天发帖数
const READS_PER_USER = 10; // 每人每天刷新次数
const THRESHOLDS = [2000, 500]; // 推拉结合：粉丝数超过它就改为拉 // 推拉结合：粉丝数超过它就改为拉 // 推拉结合：粉丝数超过它就改为拉
const SEED = 7;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 按 Zipf 分布抽样被关注者：排名 k 的用户被选中的概率正比于 1 / k^s
const rand = rng(SEED);
const cdf: number[] = [];
let sum = 0;
for (let k = 1; k <= USERS; k++) {
  sum += 1 / k ** ZIPF_S;
  cdf.push(sum);
}
function sampleAuthor(): number {
  const x = rand() * sum;
  let lo = 0;
  let hi = USERS - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const followers = new Array<number>(USERS).fill(0);
const followees: number[][] = [];
for (let u = 0; u < USERS; u++) {
  const set = new Set<number>();
  while (set.size < FOLLOWS_PER_USER) {
    const a = sampleAuthor();
    if (a !== u) set.add(a);
  }
  followees.push([...set]);
  for (const a of set) followers[a]++;
}
const sorted = [...followers].sort((a, b) => b - a);
fmt.Printf('%d 个用户，每人关注 %d 人；粉丝最多的 3 人：%v，粉丝数中位数 %d\n', USERS, FOLLOWS_PER_USER, sorted.slice(0, 3), sorted[USERS >> 1]);

function report(name: string, pulled: (author: number) => boolean): void {
  let writes = 0;
  let maxFanout = 0;
  for (let a = 0; a < USERS; a++) {
    const fanout = pulled(a) ? 0 : followers[a];
    writes += POSTS_PER_USER * (1 + fanout); // 1 次写自己的发件箱 + 推给粉丝
    maxFanout = Math.max(maxFanout, fanout);
  }
  let readOps = 0;
  for (let u = 0; u < USERS; u++) {
    const pulls = followees[u].filter(pulled).length;
    const pushedSome = followees[u].length > pulls;
    readOps += READS_PER_USER * (pulls + (pushedSome ? 1 : 0)); // 拉的每人一次 + 自己的收件箱一次
  }
  fmt.Printf('%-12s 每天写 %8d 次  单帖最大扇出 %5d  每次刷新平均读 %5.1f 个列表\n', name, writes, maxFanout, readOps / (USERS * READS_PER_USER));
}

report('全推', () => false);
report('全拉', () => true);
for (const th of THRESHOLDS) report(`推拉 >${th}`, (a) => followers[a] > th);
