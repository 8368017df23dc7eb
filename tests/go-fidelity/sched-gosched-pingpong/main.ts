import { chan, fmt, go, runtime } from './go';

const done = chan<boolean>();
for (const name of ['x', 'y']) {
  go(async () => {
    for (let i = 0; i < 3; i++) {
      fmt.Println(name, i);
      await runtime.gosched();
    }
    await done.send(true);
  });
}
await done.recv();
await done.recv();
const ping = chan<number>();
const pong = chan<number>();
go(async () => {
  for await (const v of ping) {
    fmt.Println('pong', v);
    await pong.send(v + 1);
  }
  pong.close();
});
for (let i = 0; i < 6; i += 2) {
  await ping.send(i);
  fmt.Println('ping got', await pong.recv());
}
ping.close();
const [, ok] = await pong.recv2();
fmt.Println('pong closed:', !ok);
