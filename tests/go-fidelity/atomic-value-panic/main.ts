import { atomic, fmt } from './go';

const v = new atomic.Value<number | string>();
v.store(1);
fmt.Println('stored int');
v.store('one');
fmt.Println('unreachable');
