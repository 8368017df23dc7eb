import { chan, fmt, time } from './go';

// Go 1.23：没有人接收的 Ticker 和 Timer 不会让死锁的程序继续活着。
const ticker = time.newTicker(time.Second);
const timer = time.newTimer(time.Minute);
void ticker;
void timer;
const results = chan<number>();
fmt.Println('waiting for a result nobody sends');
fmt.Println(await results.recv());
