import { atomic, fmt, go, WaitGroup } from './go';

interface Config {
  name: string;
  version: number;
}

const ready = new atomic.Bool();
const hits = new atomic.Int64();
const small = new atomic.Int32();
const big = new atomic.Uint64();
const cfg = new atomic.Pointer<Config>();
const v = new atomic.Value<string>();
fmt.Println(ready.load(), hits.load(), cfg.load() === null, v.load());
const wg = new WaitGroup();
for (let i = 0; i < 10; i++) {
  wg.add(1);
  go(() => {
    hits.add(2);
    small.add(-1);
    big.add(2 ** 40);
    wg.done();
  });
}
await wg.wait();
fmt.Println(hits.load(), small.load(), big.load());
fmt.Println(ready.compareAndSwap(false, true), ready.load(), ready.swap(false));
cfg.store({ name: 'a', version: 1 });
const old = cfg.swap({ name: 'b', version: 2 })!;
fmt.Println(old.name, cfg.load()!.name, cfg.load()!.version);
const cur = cfg.load();
fmt.Println(cfg.compareAndSwap(old, { name: 'c', version: 3 }), cfg.compareAndSwap(cur, { name: 'd', version: 4 }), cfg.load()!.name);
v.store('hello');
fmt.Println(v.load(), v.compareAndSwap('hello', 'world'), v.load(), v.swap('again'), v.load());
fmt.Println(hits.compareAndSwap(20, 0), hits.swap(5), hits.load());
