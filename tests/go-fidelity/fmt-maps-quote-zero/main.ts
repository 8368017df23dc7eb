import { chan, fmt } from './go';

fmt.Println(new Map([[10, 'a'], [9, 'b'], [-1, 'c'], [100, 'd']]));
fmt.Println(new Map([['b', 1], ['B', 2], ['a', 3], ['aa', 4], ['é', 5]]));
fmt.Println(new Map([[2.5, true], [-1, false], [10, true]]), new Map([[true, 1], [false, 0]]));
fmt.Printf('%v %v\n', new Map([[3, [1]], [1, [2, 3]]]), new Map([['z', 26], ['a', 1]]));
fmt.Printf('%q|%+q|%q|%q|%#q|%q\n', 'a\x01\té"\\', 'é😀', 'x'.codePointAt(0), ['a', 'b c'], 'raw', '\x7f\u00a0');
fmt.Println(1000000.5, 123456789.5, 0.00001, 0.5, 3.14, 1e21, 2.5e-7);
fmt.Printf('%6.2f|%g|%e|%x|%X|%T|%T|%T|%T\n', 3.14159, 0.000001234, 1234.5678, 'hi', 'hi', 1, 1.5, 's', ['a']);
fmt.Printf('%5t|%-5d|%05d|%+d|%c|%U|%o|%b|%8.3s|%x|%#x|%3c|\n', true, 3, -42, 5, 65, 65, 8, 5, 'abcdef', 255, 255, 122);
// 没有给零值：从发送过的值推断（number → 0、boolean → false）；给了零值就用它。
const ints = chan<number>(1);
const strs = chan<string>(0, '');
const flags = chan<boolean>(2);
await ints.send(7);
await flags.send(true);
ints.close();
strs.close();
flags.close();
const [a, ok1] = await ints.recv2();
const [b, ok2] = await ints.recv2();
const [s, ok3] = await strs.recv2();
const f1 = await flags.recv();
const f2 = await flags.recv();
fmt.Println(a, ok1, b, ok2, fmt.Sprintf('%q', s), ok3, f1, f2);
const never = chan<number>(0, 0);
never.close();
fmt.Println(await never.recv());
