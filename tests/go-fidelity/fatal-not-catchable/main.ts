import { fmt, Mutex } from './go';

const mu = new Mutex();
try {
  fmt.Println('unlocking an unlocked mutex');
  mu.unlock();
  fmt.Println('unreachable');
} catch (r) {
  fmt.Println('recovered:', r);
}
fmt.Println('after');
