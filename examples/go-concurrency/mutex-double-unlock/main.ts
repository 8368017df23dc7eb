// 故意出错的示例：对未加锁的 Mutex 再次 unlock。
// 在 Go 里这是运行时的 fatal error（不是 panic），recover 拦不住，进程以退出码 2 结束。
// 这里的库同样立即结束程序：下面 catch/finally 里的输出不会出现。
import { Mutex, fmt } from './go';

const mutex = new Mutex();
try {
  fmt.Println('begin lock');
  await mutex.lock();
  fmt.Println('get locked');
  fmt.Println('unlock lock');
  mutex.unlock();
  fmt.Println('lock is unlocked');
  fmt.Println('unlock lock again');
  mutex.unlock(); // fatal error: sync: unlock of unlocked mutex
} catch (p) {
  fmt.Println('recover the panic:', p); // 不会打印
} finally {
  fmt.Println('Try to recover the panic'); // 不会打印
}
