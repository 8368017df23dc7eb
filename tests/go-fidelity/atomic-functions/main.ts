import { atomic, fmt, go, ref, WaitGroup } from './go';

const ops = ref(0);
const wg = new WaitGroup();
for (let i = 0; i < 50; i++) {
  wg.add(1);
  go(() => {
    for (let j = 0; j < 100; j++) atomic.addInt64(ops, 1);
    wg.done();
  });
}
await wg.wait();
fmt.Println('ops:', atomic.loadInt64(ops));
fmt.Println(atomic.compareAndSwapInt64(ops, 5000, 1), atomic.compareAndSwapInt64(ops, 5000, 2), ops.v);
fmt.Println(atomic.swapInt64(ops, 7), ops.v);
atomic.storeInt64(ops, 42);
fmt.Println(atomic.loadInt64(ops));
const small = ref(2147483647);
fmt.Println(atomic.addInt32(small, 1));
const u = ref(0);
fmt.Println(atomic.addUint32(u, 0xffffffff));
