package main

import "fmt"

// 经典的反例：A 和 B 字段完全相同，但它们是两个不同的命名类型，
// 所以 a == b 在编译期就被拒绝。
func main() {
	type A struct {
		a int
	}
	type B struct {
		a int
	}
	a := A{1}
	b := B{1}
	if a == b { // invalid operation: a == b (mismatched types A and B)
		fmt.Println("a == b")
	} else {
		fmt.Println("a != b")
	}
}
