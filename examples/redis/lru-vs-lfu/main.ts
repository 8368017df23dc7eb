// 同一条访问序列，分别用 LRU、LFU 和“Redis 式近似 LRU（随机采样）”做淘汰，
// 打印每次访问是命中还是未命中、淘汰了谁，以及命中率。
//
// 说明：Redis 并不维护精确的 LRU 链表或 LFU 堆。allkeys-lru 每次淘汰时随机采样
// maxmemory-samples（默认 5）个键，淘汰其中最久未访问的；allkeys-lfu 用每个键 8 位的
// 对数计数器（lfu-log-factor）并随时间衰减（lfu-decay-time）。这里的 LRU/LFU 是精确版本，
// “近似 LRU”用固定种子的伪随机数采样，结果可复现。
//
// 可以改的参数：
const CAPACITY = 3; // 缓存能放几个键（相当于 maxmemory）
const SAMPLES = 2; // 近似 LRU 每次采样几个键（Redis 默认 5；容量小时取小一些才看得出差别）
const SEED = 7; // 伪随机种子
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
  name = `近似 LRU（每次随机采样 ${SAMPLES} 个）`;
  private last = new Map<string, number>();
  private seed = SEED;
  private rand(n: number): number {
    this.seed = (this.seed * 1103515245 + 12345) % 2147483648; // 线性同余，结果可复现
    return this.seed % n;
  }
  access(key: string, now: number) {
    const hit = this.last.has(key);
    let evicted: string | null = null;
    if (!hit && this.last.size >= CAPACITY) {
      const keys = [...this.last.keys()];
      let victim = '';
      for (let i = 0; i < SAMPLES; i++) {
        const k = keys[this.rand(keys.length)];
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
