// Floyd 快慢指针：判断单链表是否有环，并求入环点和环长。
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

// build 生成值为 1..n 的链表；entry > 0 时让尾节点指回值为 entry 的节点，形成环。
func build(n, entry int) *Node {
	var head, tail, target *Node
	for v := 1; v <= n; v++ {
		node := &Node{Val: v}
		if head == nil {
			head = node
		} else {
			tail.Next = node
		}
		tail = node
		if v == entry {
			target = node
		}
	}
	if target != nil {
		tail.Next = target
	}
	return head
}

// detectCycle 返回入环点（无环时为 nil）、相遇前走的步数和环长。
func detectCycle(head *Node) (entry *Node, steps, length int) {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
		steps++
		if slow == fast { // 相遇：有环
			// 环长：从相遇点绕一圈回到相遇点
			length = 1
			for p := slow.Next; p != slow; p = p.Next {
				length++
			}
			// 入环点：一个指针回到表头，两个指针每次各走一步
			p, q := head, slow
			for p != q {
				p = p.Next
				q = q.Next
			}
			return p, steps, length
		}
	}
	return nil, steps, 0
}

func main() {
	cases := []struct{ n, entry int }{
		{9, 4}, // 1→…→9→4：表头到入环点 a=3，环长 L=6
		{6, 1}, // 整个链表是一个环
		{5, 5}, // 尾节点指向自己
		{7, 0}, // 无环
	}
	for _, c := range cases {
		entry, steps, length := detectCycle(build(c.n, c.entry))
		if entry == nil {
			fmt.Printf("n=%d: no cycle (fast pointer reached nil after %d steps)\n", c.n, steps)
			continue
		}
		fmt.Printf("n=%d: cycle found, met after %d steps, entry=%d, length=%d\n", c.n, steps, entry.Val, length)
	}
}
