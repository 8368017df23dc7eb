import { fmt, go, nilChan } from './go';

const ch = nilChan<number>();
go(async () => { await ch.send(1); });
fmt.Println('receiving from a nil channel');
fmt.Println(await ch.recv());
