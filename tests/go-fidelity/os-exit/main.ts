import { chan, fmt, go, os } from './go';

try {
  fmt.Println('before exit');
  const done = chan<boolean>();
  go(() => {
    try {
      fmt.Fprintln(os.Stderr, 'exiting with 3');
      os.exit(3);
    } finally {
      fmt.Println('goroutine deferred: must not print');
    }
  });
  await done.recv();
} finally {
  fmt.Println('deferred: must not print');
}
