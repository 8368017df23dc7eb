import { chan, fmt, go } from './go';

interface Node {
  val: number;
  next: Node | null;
}

const list: Node = { val: 1, next: { val: 2, next: null } };
const done = chan<boolean>();
go(async () => {
  // 故意漏掉 n !== null 的判断：和 Go 一样在第三轮解引用 nil。
  for (let n = list; ; n = n.next as Node) {
    fmt.Println('visit', n.val);
  }
});
await done.recv();
