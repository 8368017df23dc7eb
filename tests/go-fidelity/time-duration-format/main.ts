import { fmt, time } from './go';

const d = time.Duration(1500 * time.Millisecond);
fmt.Println(d, time.Duration(101 * time.Millisecond), time.Duration(0), time.Duration(90 * time.Second), time.Duration(26 * time.Hour + 3 * time.Second));
fmt.Println(time.Duration(1234 * time.Microsecond), time.Duration(3 * time.Nanosecond), time.Duration(1500 * time.Nanosecond), time.Duration(-2 * time.Minute));
fmt.Printf('%v %s %d %v\n', time.Second, time.Duration(2 * time.Minute), time.Millisecond, d.String());
fmt.Println(d.seconds(), d.milliseconds(), time.Duration(90 * time.Minute).hours(), d.microseconds());
fmt.Println(time.Duration(d + 250 * time.Millisecond), time.Duration(d * 2), time.Duration(d / 3), time.Duration(d - 2 * time.Second));
fmt.Println(time.Duration(1234567 * time.Microsecond).round(time.Millisecond), time.Duration(1234567 * time.Microsecond).truncate(time.Second), time.Duration(1750 * time.Millisecond).round(time.Second));
fmt.Println(d > time.Second, d < time.Second);
const timeout = time.Duration(2 * time.Second);
fmt.Printf('timeout=%v half=%v\n', timeout, time.Duration(timeout / 2));
