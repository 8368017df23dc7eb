import { chan, fmt, go, select, time, type Chan } from './go';

async function firstResult(results: Chan<number>, timeout: number): Promise<[number, Error | null]> {
  return select([
    results.onRecv((r): [number, Error | null] => [r, null]),
    time.after(timeout).onRecv((): [number, Error | null] => [0, fmt.Errorf('timed out after %v', time.Duration(timeout))]),
  ]);
}

const jobs = chan<number>();
const quit = chan<boolean>();
go(async () => {
  for (let i = 1; i <= 3; i++) await jobs.send(i);
  await quit.send(true);
});
let total = 0;
for (;;) {
  const what = await select([
    jobs.onRecv((j) => {
      total += j;
      fmt.Println('job', j);
      return 'continue' as const;
    }),
    quit.onRecv(() => {
      fmt.Println('quit');
      return 'quit' as const;
    }),
  ]);
  if (what === 'quit') break;
}
fmt.Println('total', total);
const results = chan<number>(1);
await results.send(42);
fmt.Println(...(await firstResult(results, 20 * time.Millisecond)));
fmt.Println(...(await firstResult(results, 20 * time.Millisecond)));
