import { chan, fmt, time } from './go';

const done = chan<string>();
const start = time.now();
time.afterFunc(60 * time.Millisecond, async () => { await done.send('fired'); });
const cancelled = time.afterFunc(30 * time.Millisecond, () => fmt.Println('must not run'));
fmt.Println('stop before firing:', cancelled.stop());
fmt.Println(await done.recv(), time.since(start).truncate(20 * time.Millisecond) >= 60 * time.Millisecond);
const again = time.afterFunc(time.Hour, async () => { await done.send('reset'); });
fmt.Println('reset:', again.reset(10 * time.Millisecond));
fmt.Println(await done.recv());
fmt.Println('stop after firing:', again.stop());
// AfterFunc 让程序保持存活：它还没触发时不算死锁。
time.afterFunc(20 * time.Millisecond, async () => { await done.send('late'); });
fmt.Println(await done.recv());
