// 两个无环单链表是否相交、交点在哪：双指针换道法与长度差法。
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Name string
	Next *Node
}

// chain 把若干名字串成链表，最后接到 tail 上（tail 可以为 nil）。
func chain(tail *Node, names ...string) *Node {
	head := tail
	for i := len(names) - 1; i >= 0; i-- {
		head = &Node{Name: names[i], Next: head}
	}
	return head
}

func show(head *Node) string {
	var parts []string
	for p := head; p != nil; p = p.Next {
		parts = append(parts, p.Name)
	}
	return strings.Join(parts, "->")
}

// 双指针换道：pa 走完 A 走 B，pb 走完 B 走 A，路程都是 a+b+c。
func intersectSwitch(a, b *Node) (*Node, int) {
	pa, pb, steps := a, b, 0
	for pa != pb {
		if pa == nil {
			pa = b
		} else {
			pa = pa.Next
		}
		if pb == nil {
			pb = a
		} else {
			pb = pb.Next
		}
		steps++
	}
	return pa, steps // 不相交时两者同时为 nil
}

func length(h *Node) int {
	n := 0
	for ; h != nil; h = h.Next {
		n++
	}
	return n
}

// 长度差法：长的先走差值步，再一起走。
func intersectByLength(a, b *Node) *Node {
	la, lb := length(a), length(b)
	for ; la > lb; la-- {
		a = a.Next
	}
	for ; lb > la; lb-- {
		b = b.Next
	}
	for a != b {
		a, b = a.Next, b.Next
	}
	return a
}

func name(n *Node) string {
	if n == nil {
		return "none"
	}
	return n.Name
}

func main() {
	common := chain(nil, "C1", "C2", "C3")
	a := chain(common, "A1", "A2")
	b := chain(common, "B1", "B2", "B3")
	fmt.Println("A:", show(a))
	fmt.Println("B:", show(b))
	node, steps := intersectSwitch(a, b)
	fmt.Printf("switch pointers: intersection=%s after %d steps\n", name(node), steps)
	fmt.Printf("length diff:     intersection=%s\n", name(intersectByLength(a, b)))

	// 值相同但节点不同，不算相交：比较的是节点本身。
	x := chain(nil, "X1", "C1", "C2")
	y := chain(nil, "Y1", "C1", "C2")
	fmt.Println("X:", show(x))
	fmt.Println("Y:", show(y))
	node, steps = intersectSwitch(x, y)
	fmt.Printf("switch pointers: intersection=%s after %d steps\n", name(node), steps)
	fmt.Printf("length diff:     intersection=%s\n", name(intersectByLength(x, y)))
}
