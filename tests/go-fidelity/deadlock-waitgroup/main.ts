import { fmt, go, WaitGroup } from './go';

const wg = new WaitGroup();
for (let i = 0; i < 3; i++) {
  wg.add(1);
  go(() => {
    fmt.Println('worker', i, 'forgot Done');
  });
}
await wg.wait();
