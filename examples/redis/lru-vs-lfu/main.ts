// 同一条访问序列，分别用 LRU、LFU 和“简化的采样近似 LRU”做淘汰，
// 打印每次访问是命中还是未命中、淘汰了谁，以及命中率。
//
// 说明：Redis 并不维护精确的 LRU 链表或 LFU 堆。allkeys-lru 每次淘汰时取 maxmemory-samples
// （默认 5）个键，放进一个跨多次淘汰保留的 16 项候选池，再淘汰池里最久未访问的；allkeys-lfu
// 用每个键 8 位的对数计数器（lfu-log-factor）并随时间衰减（lfu-decay-time）。
// 这里的 LRU/LFU 是精确版本；“采样 LRU”是简化版：每次不放回地随机抽 SAMPLES 个键、淘汰其中
// 最久未访问的，没有候选池，所以比 Redis 的实现差一些。伪随机数用固定的 SEED，结果可复现。
//
// 可以改的参数：
export {}; // 让本文件成为模块，避免与其他示例的全局名字冲突
const CAPACITY = 3; // 缓存能放几个键（相当于 maxmemory）
const SAMPLES = 2; // 近似 LRU 每次采样几个键（Redis 默认 5；容量小时取小一些才看得出差别）
const SEED = 4; // 伪随机数的起始值（seed）
// 前半段 A、B 是热点，中间有一次 C..E 的扫描；后半段访问模式切换成 F、G
const TRACE = 'A B A B A B C D E A B A B F G F G F G A'.split(' ');

interface Policy {
  name: string;
  // 返回被淘汰的键（没有淘汰返回 null）；hit 表示这次访问是否命中
  access(key: string, now: number): { hit: boolean; evicted: string | null };
}

class LRU implements Policy {
  name = 'LRU（精确）';
  private last = new Map<string, number>();
  access(key: string, now: number) {
    const hit = this.last.has(key);
    let evicted: string | null = null;
    if (!hit && this.last.size >= CAPACITY) {
      evicted = [...this.last.entries()].reduce((a, b) => (b[1] < a[1] ? b : a))[0];
      this.last.delete(evicted);
    }
    this.last.set(key, now);
    return { hit, evicted };
  }
}

class LFU implements Policy {
  name = 'LFU（精确，次数相同淘汰更久未用的）';
  private freq = new Map<string, number>();
  private last = new Map<string, number>();
  access(key: string, now: number) {
    const hit = this.freq.has(key);
    let evicted: string | null = null;
    if (!hit && this.freq.size >= CAPACITY) {
      let victim = '';
      for (const k of this.freq.keys()) {
        if (
          victim === '' ||
          this.freq.get(k)! < this.freq.get(victim)! ||
          (this.freq.get(k) === this.freq.get(victim) && this.last.get(k)! < this.last.get(victim)!)
        ) {
          victim = k;
        }
      }
      evicted = victim;
      this.freq.delete(victim);
      this.last.delete(victim);
    }
    this.freq.set(key, (this.freq.get(key) ?? 0) + 1);
    this.last.set(key, now);
    return { hit, evicted };
  }
}

class SampledLRU implements Policy {
  name = `简化的采样 LRU（每次不放回地抽 ${SAMPLES} 个，无候选池）`;
  private last = new Map<string, number>();
  private seed = SEED;
  private rand(n: number): number {
    // mulberry32：32 位整数运算的小型伪随机数发生器，同一 seed 结果可复现
    this.seed = (this.seed + 0x6d2b79f5) | 0;
    let t = Math.imul(this.seed ^ (this.seed >>> 15), 1 | this.seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  }
  access(key: string, now: number) {
    const hit = this.last.has(key);
    let evicted: string | null = null;
    if (!hit && this.last.size >= CAPACITY) {
      const keys = [...this.last.keys()];
      let victim = '';
      // 不放回抽样：每抽一个就和末尾交换，下次只在剩下的键里抽
      for (let i = 0; i < Math.min(SAMPLES, keys.length); i++) {
        const j = this.rand(keys.length - i);
        const k = keys[j];
        keys[j] = keys[keys.length - 1 - i];
        keys[keys.length - 1 - i] = k;
        if (victim === '' || this.last.get(k)! < this.last.get(victim)!) victim = k;
      }
      evicted = victim;
      this.last.delete(victim);
    }
    this.last.set(key, now);
    return { hit, evicted };
  }
}

console.log(`容量 ${CAPACITY}，访问序列：${TRACE.join(' ')}`);
for (const p of [new LRU(), new LFU(), new SampledLRU()] as Policy[]) {
  let hits = 0;
  const marks: string[] = [];
  const evictions: string[] = [];
  TRACE.forEach((key, i) => {
    const r = p.access(key, i);
    if (r.hit) hits++;
    marks.push(r.hit ? `${key}+` : `${key}-`);
    if (r.evicted !== null) evictions.push(r.evicted);
  });
  console.log(`=== ${p.name} ===`);
  console.log(`轨迹（+ 命中，- 未命中）：${marks.join(' ')}`);
  console.log(`淘汰顺序：${evictions.join(' ')}`);
  console.log(`命中 ${hits}/${TRACE.length}，命中率 ${((hits / TRACE.length) * 100).toFixed(1)}%`);
}
