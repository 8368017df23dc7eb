import { fmt, time, Time } from './go';

const t = time.date(2026, 12, 2, 14, 59, 12, 486000000, time.UTC);
fmt.Println(t);
fmt.Println(t.add(90 * time.Minute));
const u = time.date(2026, 12, 3, 0, 0, 0, 0, time.UTC);
fmt.Println(u.sub(t), t.before(u), t.after(u), t.equal(t.add(0)));
fmt.Println(t.format(time.RFC3339), t.format('2006-01-02 15:04:05.000'), t.format(time.Kitchen));
fmt.Println(t.unix(), t.unixMilli(), t.year(), t.month() === 12, t.day(), t.hour(), t.minute(), t.second(), t.nanosecond());
fmt.Println(time.unix(0, 0), time.unix(1700000000, 5));
const zero = new Time();
fmt.Println(zero, zero.isZero());
fmt.Println(t.truncate(time.Second), t.round(time.Second), t.truncate(time.Hour));
fmt.Printf('%v|%s\n', t, t.add(time.Nanosecond));
