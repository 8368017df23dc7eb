import { fmt, go, panic, sleep, time } from './go';

function safe(): Error | null {
  try {
    panic('inner');
  } catch (r) {
    return fmt.Errorf('recovered: %v', r);
  }
}

fmt.Println(safe());
go(() => {
  try {
    panic(new Error('worker failed'));
  } finally {
    fmt.Println('worker deferred runs before the crash');
  }
});
await sleep(50 * time.Millisecond);
fmt.Println('unreachable');
