// Cache-Aside 的竞态：把读请求和写请求拆成一步一步的操作，按指定顺序交错执行，
// 看最后缓存和数据库是否一致。每个场景的 order 数组决定谁先走一步，可以修改后重新运行。
import { fmt } from './go';

interface World {
  db: string;
  cache: string | null; // null 表示缓存里没有这个 key
}

// 一个“参与者”是一串步骤；每一步读写共享的 World，并返回这一步的描述
type Step = (w: World, local: Record<string, string>) => string;

const read: Step[] = [
  (w, l) => {
    if (w.cache === null) return 'GET 未命中';
    l.hit = w.cache;
    return `GET 命中 ${w.cache}，直接返回`;
  },
  (w, l) => {
    if (l.hit !== undefined) return '（已命中，无事可做）';
    l.v = w.db;
    return `查库得到 ${l.v}`;
  },
  (w, l) => {
    if (l.hit !== undefined) return '（已命中，无事可做）';
    w.cache = l.v;
    return `回填缓存 ${l.v}`;
  },
];

const del: Step = (w) => {
  w.cache = null;
  return 'DEL 缓存';
};
const updateDB =
  (v: string): Step =>
  (w) => {
    w.db = v;
    return `更新数据库为 ${v}`;
  };
const setCache =
  (v: string): Step =>
  (w) => {
    w.cache = v;
    return `SET 缓存 ${v}`;
  };
const sleepStep: Step = () => '等待 N 毫秒（大于一次读库加回填）';

interface Scenario {
  title: string;
  initialCache: string | null; // 开始时缓存里的值，null 表示未命中
  actors: Record<string, Step[]>;
  order: string[]; // 每个元素是参与者名字：让它执行下一步
}

// 数据库初始值都是 v1；前四个场景开始时缓存里没有这个 key（刚过期或刚被删除）
const scenarios: Scenario[] = [
  {
    title: '先删缓存，再更新数据库（读插在中间）',
    initialCache: null,
    actors: { W: [del, updateDB('v2')], R: read },
    order: ['W', 'R', 'R', 'R', 'W'],
  },
  {
    title: '先更新数据库，再删缓存（常见顺序）',
    initialCache: null,
    actors: { W: [updateDB('v2'), del], R: read },
    order: ['R', 'W', 'W', 'R', 'R'],
  },
  {
    title: '先更新数据库，再删缓存（罕见：读库早于写、回填晚于删除）',
    initialCache: null,
    actors: { W: [updateDB('v2'), del], R: read },
    order: ['R', 'R', 'W', 'W', 'R'],
  },
  {
    title: '延迟双删：修复第一个场景',
    initialCache: null,
    actors: { W: [del, updateDB('v2'), sleepStep, del], R: read },
    order: ['W', 'R', 'R', 'R', 'W', 'W', 'W'],
  },
  {
    title: '两个写请求都“更新缓存”而不是删除',
    initialCache: 'v1',
    actors: { W1: [updateDB('v2'), setCache('v2')], W2: [updateDB('v3'), setCache('v3')] },
    order: ['W1', 'W2', 'W2', 'W1'],
  },
];

for (const [i, sc] of scenarios.entries()) {
  const w: World = { db: 'v1', cache: sc.initialCache };
  const pc: Record<string, number> = {};
  const locals: Record<string, Record<string, string>> = {};
  fmt.Printf('场景 %d：%s\n', i + 1, sc.title);
  for (const name of sc.order) {
    const steps = sc.actors[name];
    const k = pc[name] ?? 0;
    if (!steps || k >= steps.length) {
      fmt.Printf('  %-2s 没有剩余步骤，跳过\n', name);
      continue;
    }
    pc[name] = k + 1;
    locals[name] ??= {};
    const what = steps[k](w, locals[name]);
    fmt.Printf('  %-2s %s\n', name, what);
  }
  const ok = w.cache === null || w.cache === w.db;
  fmt.Printf('  结果：缓存=%s 数据库=%s -> %s\n\n', w.cache ?? '(空)', w.db, ok ? '一致' : '不一致，直到 TTL 过期');
}
