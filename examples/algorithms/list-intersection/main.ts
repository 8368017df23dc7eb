// 两个无环单链表是否相交、交点在哪：双指针换道法与长度差法。
// 改 chain 的参数试试：让公共部分为空、让一条链表就是另一条的后缀。
import { fmt } from './go';

interface ListNode {
  name: string;
  next: ListNode | null;
}

// 把若干名字串成链表，最后接到 tail 上（tail 可以为 null）。
function chain(tail: ListNode | null, ...names: string[]): ListNode | null {
  let head = tail;
  for (let i = names.length - 1; i >= 0; i--) head = { name: names[i], next: head };
  return head;
}

function show(head: ListNode | null): string {
  const parts: string[] = [];
  for (let p = head; p !== null; p = p.next) parts.push(p.name);
  return parts.join('->');
}

// 双指针换道：pa 走完 A 走 B，pb 走完 B 走 A，路程都是 a+b+c。
function intersectSwitch(a: ListNode | null, b: ListNode | null): [ListNode | null, number] {
  let pa = a;
  let pb = b;
  let steps = 0;
  while (pa !== pb) {
    pa = pa === null ? b : pa.next;
    pb = pb === null ? a : pb.next;
    steps++;
  }
  return [pa, steps]; // 不相交时两者同时为 null
}

function length(h: ListNode | null): number {
  let n = 0;
  for (; h !== null; h = h.next) n++;
  return n;
}

// 长度差法：长的先走差值步，再一起走。
function intersectByLength(a: ListNode | null, b: ListNode | null): ListNode | null {
  let la = length(a);
  let lb = length(b);
  for (; la > lb; la--) a = a === null ? null : a.next;
  for (; lb > la; lb--) b = b === null ? null : b.next;
  while (a !== b && a !== null && b !== null) {
    a = a.next;
    b = b.next;
  }
  return a === b ? a : null;
}

const nameOf = (n: ListNode | null): string => (n === null ? 'none' : n.name);

const common = chain(null, 'C1', 'C2', 'C3');
const a = chain(common, 'A1', 'A2');
const b = chain(common, 'B1', 'B2', 'B3');
fmt.Println('A:', show(a));
fmt.Println('B:', show(b));
let [node, steps] = intersectSwitch(a, b);
fmt.Printf('switch pointers: intersection=%s after %d steps\n', nameOf(node), steps);
fmt.Printf('length diff:     intersection=%s\n', nameOf(intersectByLength(a, b)));

// 值相同但节点不同，不算相交：比较的是节点本身。
const x = chain(null, 'X1', 'C1', 'C2');
const y = chain(null, 'Y1', 'C1', 'C2');
fmt.Println('X:', show(x));
fmt.Println('Y:', show(y));
[node, steps] = intersectSwitch(x, y);
fmt.Printf('switch pointers: intersection=%s after %d steps\n', nameOf(node), steps);
fmt.Printf('length diff:     intersection=%s\n', nameOf(intersectByLength(x, y)));
