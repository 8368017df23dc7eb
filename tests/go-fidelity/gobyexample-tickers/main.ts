import { chan, fmt, go, select, sleep, time } from './go';

// Go by Example「Tickers」：打印经过的时间而不是墙上时间。
const start = time.now();
const ticker = time.newTicker(100 * time.Millisecond);
const done = chan<boolean>();
go(async () => {
  for (;;) {
    const stop = await select([
      done.onRecv(() => true),
      ticker.C.onRecv((t) => {
        fmt.Println('Tick at', t.sub(start).round(100 * time.Millisecond));
        return false;
      }),
    ]);
    if (stop) return;
  }
});
await sleep(350 * time.Millisecond);
ticker.stop();
await done.send(true);
fmt.Println('Ticker stopped');
