// Redis Cluster 的槽位计算与重定向：CRC16(XMODEM)(key) mod 16384、哈希标签、
// 3 个主节点的槽位表，以及 MOVED（槽位已换主人）和 ASK（槽位迁移中）两种重定向。
// 这里没有真正的 Redis：节点是内存里的 Map，重定向的回复格式与真实集群一致。
//
// 可以改的参数：KEYS（要计算槽位的键）、SPECS（节点与槽位区间）。
export {}; // 让本文件成为模块，避免与其他示例的全局名字冲突
const KEYS = ['foo', 'bar', 'hello', 'user:1', '{user:1}:profile', '{user:1}:orders', '{}foo', 'foo{}{bar}'];
const SPECS = [
  { name: 'A', addr: '127.0.0.1:7000', from: 0, to: 5460 },
  { name: 'B', addr: '127.0.0.1:7001', from: 5461, to: 10922 },
  { name: 'C', addr: '127.0.0.1:7002', from: 10923, to: 16383 },
];

const SLOT_COUNT = 16384;

// CRC-16/XMODEM：多项式 0x1021，初值 0，不反转（键按 UTF-8 字节计算）
function crc16(data: string): number {
  let crc = 0;
  for (const byte of new TextEncoder().encode(data)) {
    crc ^= byte << 8;
    for (let b = 0; b < 8; b++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

// 哈希标签：有 '{' 且其后有 '}'，并且中间非空时，只对花括号里的部分计算
function hashPart(key: string): string {
  const s = key.indexOf('{');
  if (s < 0) return key;
  const e = key.indexOf('}', s + 1);
  if (e < 0 || e === s + 1) return key;
  return key.slice(s + 1, e);
}

const keySlot = (key: string): number => crc16(hashPart(key)) % SLOT_COUNT;

interface ClusterNode {
  name: string;
  addr: string;
  data: Map<string, string>;
  migrating: Map<number, string>; // 槽位 -> 目标节点地址（本节点正把这个槽迁出）
  importing: Set<number>; // 本节点正在迁入的槽位
}

const nodes = new Map<string, ClusterNode>();
const owners: string[] = new Array<string>(SLOT_COUNT).fill(''); // 服务端视角：槽位 -> 节点地址

function nodeAt(addr: string): ClusterNode {
  const n = nodes.get(addr);
  if (!n) throw new Error(`no node ${addr}`);
  return n;
}

const value = (n: ClusterNode, key: string): string => {
  const v = n.data.get(key);
  return v === undefined ? '(nil)' : JSON.stringify(v);
};

// 一个节点收到 GET key 时的处理（asking 表示客户端先发了 ASKING）
function serve(n: ClusterNode, key: string, asking: boolean): string {
  const slot = keySlot(key);
  if (owners[slot] !== n.addr) {
    if (n.importing.has(slot) && asking) return value(n, key);
    return `-MOVED ${slot} ${owners[slot]}`;
  }
  const target = n.migrating.get(slot);
  if (target !== undefined && !n.data.has(key)) return `-ASK ${slot} ${target}`; // 键已经迁走了
  return value(n, key);
}

// 客户端持有自己的槽位缓存；收到 MOVED 更新缓存，收到 ASK 只重定向这一次
const clientSlots: string[] = new Array<string>(SLOT_COUNT).fill('127.0.0.1:7000'); // 过期的槽位表：以为都在 A

function get(key: string): void {
  const slot = keySlot(key);
  let addr = clientSlots[slot];
  console.log(`GET ${key}（槽 ${slot}）-> ${nodeAt(addr).name}`);
  let reply = serve(nodeAt(addr), key, false);
  for (let hop = 0; hop < 3 && reply.startsWith('-'); hop++) {
    console.log(`  ${nodeAt(addr).name} 回复 ${reply}`);
    const parts = reply.split(' ');
    addr = parts[2];
    if (parts[0] === '-MOVED') {
      clientSlots[slot] = addr;
      console.log(`  客户端更新槽位表：槽 ${slot} 归 ${nodeAt(addr).name}，重发`);
      reply = serve(nodeAt(addr), key, false);
    } else {
      console.log(`  客户端向 ${nodeAt(addr).name} 发 ASKING + GET，不更新槽位表`);
      reply = serve(nodeAt(addr), key, true);
    }
  }
  console.log(`  结果 ${reply}`);
}

console.log('== 槽位计算 ==');
for (const k of KEYS) {
  const h = hashPart(k);
  const hex = crc16(h).toString(16).toUpperCase().padStart(4, '0');
  console.log(`${k.padEnd(18)} 哈希部分 ${JSON.stringify(h).padEnd(8)} CRC16=0x${hex} 槽 ${keySlot(k)}`);
}

console.log('== 槽位表 ==');
for (const s of SPECS) {
  nodes.set(s.addr, { name: s.name, addr: s.addr, data: new Map(), migrating: new Map(), importing: new Set() });
  for (let i = s.from; i <= s.to; i++) owners[i] = s.addr;
  console.log(`${s.name} ${s.addr} 槽 ${s.from}-${s.to}`);
}
for (const [k, v] of [['foo', '1'], ['bar', '2'], ['hello', 'world'], ['{hello}:tmp', 't']]) {
  nodeAt(owners[keySlot(k)]).data.set(k, v);
}

console.log('== MOVED：客户端的槽位表过期 ==');
get('foo');
get('foo');

// 把槽 866 从 A 迁到 C：C 标记 importing，A 标记 migrating，"hello" 已迁走，"{hello}:tmp" 还在 A
console.log('== ASK：槽 866 正从 A 迁往 C ==');
const a = nodeAt('127.0.0.1:7000');
const c = nodeAt('127.0.0.1:7002');
c.importing.add(866);
a.migrating.set(866, c.addr);
c.data.set('hello', a.data.get('hello') ?? '');
a.data.delete('hello');
get('{hello}:tmp');
get('hello');
get('hello');

console.log('== 迁移完成：CLUSTER SETSLOT 866 NODE C ==');
a.migrating.delete(866);
c.importing.delete(866);
c.data.set('{hello}:tmp', a.data.get('{hello}:tmp') ?? '');
a.data.delete('{hello}:tmp');
owners[866] = c.addr;
get('hello');
get('hello');
