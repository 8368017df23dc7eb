import { fmt, nilChan } from './go';

const ch = nilChan<number>();
fmt.Println('closing a nil channel');
ch.close();
