// 节点从 4 个变成 5 个时，有多少 key 换了节点？对比三种分布方式：
//   1. 哈希取模：node = hash(key) % N
//   2. 一致性哈希，每个节点只在环上放 1 个点
//   3. 一致性哈希，每个节点放 VNODES 个虚拟节点
import { fmt } from './go';

// 可以修改的参数
const KEYS = 10000; // key 的数量
const NODES = ['node-A', 'node-B', 'node-C', 'node-D']; // 初始节点
const NEW_NODE = 'node-E'; // 新加入的节点
const VNODES = 150; // 每个物理节点的虚拟节点数

// FNV-1a 32 位哈希，再用 murmur3 的 fmix32 打散相似字符串
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

interface Placement {
  name: string;
  locate(key: string): string;
}

function modulo(nodes: string[]): Placement {
  return { name: '哈希取模', locate: (key) => nodes[hash32(key) % nodes.length] };
}

function ring(nodes: string[], vnodes: number): Placement {
  const points: Array<[number, string]> = [];
  for (const n of nodes) {
    for (let v = 0; v < vnodes; v++) points.push([hash32(`${n}#${v}`), n]);
  }
  points.sort((a, b) => a[0] - b[0]);
  const locate = (key: string): string => {
    const h = hash32(key);
    // 二分查找第一个 >= h 的点，找不到就回到环的起点
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[mid][0] < h) lo = mid + 1;
      else hi = mid;
    }
    return points[lo === points.length ? 0 : lo][1];
  };
  return { name: vnodes === 1 ? '一致性哈希（无虚拟节点）' : `一致性哈希（${vnodes} 个虚拟节点）`, locate };
}

function distribution(p: Placement, keys: string[], nodes: string[]): string {
  const count = new Map<string, number>(nodes.map((n) => [n, 0]));
  for (const k of keys) {
    const n = p.locate(k);
    count.set(n, (count.get(n) ?? 0) + 1);
  }
  const values = nodes.map((n) => count.get(n) ?? 0);
  const avg = keys.length / nodes.length;
  const parts = nodes.map((n) => `${n.slice(-1)}=${count.get(n)}`).join(' ');
  return fmt.Sprintf('%s  最多/平均=%.2f', parts, Math.max(...values) / avg);
}

const keys = Array.from({ length: KEYS }, (_, i) => `user:${i}`);
const after = [...NODES, NEW_NODE];
const builders: Array<(nodes: string[]) => Placement> = [modulo, (n) => ring(n, 1), (n) => ring(n, VNODES)];

fmt.Printf('%d 个 key，节点 %d -> %d 个\n\n', KEYS, NODES.length, after.length);
for (const build of builders) {
  const before = build(NODES);
  const next = build(after);
  let moved = 0;
  let movedToNew = 0;
  const from = new Map<string, number>(NODES.map((n) => [n, 0])); // 迁往新节点的 key 原来在哪
  for (const k of keys) {
    const a = before.locate(k);
    const b = next.locate(k);
    if (a !== b) {
      moved++;
      if (b === NEW_NODE) {
        movedToNew++;
        from.set(a, (from.get(a) ?? 0) + 1);
      }
    }
  }
  fmt.Printf('%s\n', before.name);
  fmt.Printf('  扩容前分布：%s\n', distribution(before, keys, NODES));
  fmt.Printf('  扩容后分布：%s\n', distribution(next, keys, after));
  fmt.Printf('  迁移的 key：%d（%.1f%%），其中迁往新节点 %d\n', moved, (moved / KEYS) * 100, movedToNew);
  fmt.Printf('  新节点的 key 来自：%s\n\n', NODES.map((n) => `${n.slice(-1)}=${from.get(n)}`).join(' '));
}
fmt.Printf('理想情况：只迁移新节点应得的那一份，约 %d 个（%.1f%%）\n', Math.round(KEYS / after.length), 100 / after.length);
