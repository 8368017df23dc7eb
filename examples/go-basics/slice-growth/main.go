package main

import "fmt"

// addOne 拿到的是切片头的副本：改元素调用方看得见，append 改变的长度看不见。
func addOne(s []int) {
	s[0] = -1
	s = append(s, 1)
	_ = s
}

func main() {
	fmt.Println("== 从 nil 开始逐个 append，只打印容量变化 ==")
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Printf("len=%-4d cap=%d\n", len(s), cap(s))
			prev = cap(s)
		}
	}

	fmt.Println("== 一次追加多个、不同元素大小 ==")
	a := make([]int, 2)
	a = append(a, 1, 2, 3, 4, 5)
	fmt.Printf("[]int cap 2 + 5 个: len=%d cap=%d\n", len(a), cap(a))
	var bs []byte
	bs = append(bs, 'x')
	fmt.Printf("[]byte nil + 1 个:  len=%d cap=%d\n", len(bs), cap(bs))
	type rgb struct{ r, g, b byte }
	var px []rgb
	px = append(px, rgb{1, 2, 3})
	fmt.Printf("[]rgb nil + 1 个:   len=%d cap=%d\n", len(px), cap(px))

	fmt.Println("== 共享底层数组 ==")
	base := []int{1, 2, 3, 4, 5}
	t := base[1:3]
	fmt.Printf("t = base[1:3]: %v len=%d cap=%d\n", t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println("append(t, 99) 之后 base =", base)
	u := base[1:3:3]
	u = append(u, 100)
	fmt.Println("u = base[1:3:3]，append(u, 100) 之后 base =", base, "u =", u)

	fmt.Println("== 传给函数 ==")
	x := make([]int, 1, 4)
	addOne(x)
	fmt.Printf("x = %v len=%d cap=%d\n", x, len(x), cap(x))
}
