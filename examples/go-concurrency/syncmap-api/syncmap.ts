// 用 JavaScript 的 Map 模拟 sync.Map 的接口（单线程下不需要真正的并发控制）。
// 内部实现（read/dirty 双 map）见 syncmap-model 示例。
export class SyncMap<K, V> {
  private readonly m = new Map<K, V>();

  load(key: K): [V | undefined, boolean] {
    return [this.m.get(key), this.m.has(key)];
  }
  store(key: K, value: V): void {
    this.m.set(key, value);
  }
  loadOrStore(key: K, value: V): [V, boolean] {
    if (this.m.has(key)) return [this.m.get(key) as V, true];
    this.m.set(key, value);
    return [value, false];
  }
  loadAndDelete(key: K): [V | undefined, boolean] {
    const had = this.m.has(key);
    const v = this.m.get(key);
    this.m.delete(key);
    return [v, had];
  }
  swap(key: K, value: V): [V | undefined, boolean] {
    const had = this.m.has(key);
    const prev = this.m.get(key);
    this.m.set(key, value);
    return [prev, had];
  }
  compareAndSwap(key: K, old: V, next: V): boolean {
    if (!this.m.has(key) || this.m.get(key) !== old) return false;
    this.m.set(key, next);
    return true;
  }
  delete(key: K): void {
    this.m.delete(key);
  }
  range(f: (key: K, value: V) => boolean): void {
    for (const [k, v] of this.m) if (!f(k, v)) return;
  }
  clear(): void {
    this.m.clear();
  }
}
