import { fmt, select, sleep, time } from './go';

const t = time.newTimer(10 * time.Millisecond);
fmt.Println('len/cap', t.C.length, t.C.cap);
await sleep(40 * time.Millisecond);
fmt.Println('fired, unreceived: len', t.C.length, 'Stop', t.stop());
await select([t.C.onRecv(() => fmt.Println('stale value'))], () => fmt.Println('no stale value after Stop'));
const t2 = time.newTimer(10 * time.Millisecond);
await sleep(40 * time.Millisecond);
fmt.Println('Reset on fired timer:', t2.reset(30 * time.Millisecond));
await select([t2.C.onRecv(() => fmt.Println('stale value'))], () => fmt.Println('no stale value after Reset'));
await t2.C.recv();
fmt.Println('received; Stop now:', t2.stop(), 'Reset:', t2.reset(time.Hour), 'Stop:', t2.stop());
const tk = time.newTicker(10 * time.Millisecond);
await sleep(35 * time.Millisecond);
tk.stop();
await select([tk.C.onRecv(() => fmt.Println('stale tick'))], () => fmt.Println('no stale tick after ticker Stop'));
fmt.Println('ticker len/cap', tk.C.length, tk.C.cap);
