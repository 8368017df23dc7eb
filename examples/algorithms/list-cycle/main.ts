// Floyd 快慢指针：判断单链表是否有环，并求入环点和环长。
// 改 cases 试试：n 是节点数，entry 是尾节点指回的节点值（0 表示无环）。
import { fmt } from './go';

const cases = [
  { n: 9, entry: 4 }, // 1→…→9→4：表头到入环点 a=3，环长 L=6
  { n: 6, entry: 1 }, // 整个链表是一个环
  { n: 5, entry: 5 }, // 尾节点指向自己
  { n: 7, entry: 0 }, // 无环
];

interface ListNode {
  val: number;
  next: ListNode | null;
}

// 生成值为 1..n 的链表；entry > 0 时让尾节点指回值为 entry 的节点，形成环。
function build(n: number, entry: number): ListNode | null {
  let head: ListNode | null = null;
  let tail: ListNode | null = null;
  let target: ListNode | null = null;
  for (let v = 1; v <= n; v++) {
    const node: ListNode = { val: v, next: null };
    if (tail === null) head = node;
    else tail.next = node;
    tail = node;
    if (v === entry) target = node;
  }
  if (tail !== null && target !== null) tail.next = target;
  return head;
}

// 返回入环点（无环时为 null）、相遇前走的步数和环长。
function detectCycle(head: ListNode | null): { entry: ListNode | null; steps: number; length: number } {
  let slow = head;
  let fast = head;
  let steps = 0;
  while (fast !== null && fast.next !== null && slow !== null) {
    slow = slow.next as ListNode;
    fast = fast.next.next;
    steps++;
    if (slow === fast) {
      // 环长：从相遇点绕一圈回到相遇点
      let length = 1;
      for (let p = slow.next; p !== slow; p = (p as ListNode).next) length++;
      // 入环点：一个指针回到表头，两个指针每次各走一步
      let p = head as ListNode;
      let q: ListNode = slow;
      while (p !== q) {
        p = p.next as ListNode;
        q = q.next as ListNode;
      }
      return { entry: p, steps, length };
    }
  }
  return { entry: null, steps, length: 0 };
}

for (const c of cases) {
  const { entry, steps, length } = detectCycle(build(c.n, c.entry));
  if (entry === null) {
    fmt.Printf('n=%d: no cycle (fast pointer reached nil after %d steps)\n', c.n, steps);
    continue;
  }
  fmt.Printf('n=%d: cycle found, met after %d steps, entry=%d, length=%d\n', c.n, steps, entry.val, length);
}
