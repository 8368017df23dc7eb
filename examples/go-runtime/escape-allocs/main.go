package main

import (
	"fmt"
	"testing"
)

type Point struct{ X, Y int }

// 全局变量充当“汇”（sink）：存进这里的指针一定活得比函数久，会迫使对象逃逸。
var (
	sinkPtr *Point
	sinkAny any
	sinkFn  func() int
	sinkInt int
	size    = 64   // 编译期未知的大小
	big     = 1000 // 大于 255 的整数装箱时要分配（0~255 有预先分配好的静态值）
)

//go:noinline
func byValue(x, y int) Point { return Point{x, y} }

//go:noinline
func byPointer(x, y int) *Point { return &Point{x, y} }

//go:noinline
func sum(p *Point) int { return p.X + p.Y } // p 不逃逸：只读、不保存

func main() {
	cases := []struct {
		name string
		fn   func()
	}{
		{"按值返回结构体", func() { p := byValue(1, 2); sinkInt = p.X }},
		{"返回指针并存进全局变量", func() { sinkPtr = byPointer(1, 2) }},
		{"局部变量取地址，传给不逃逸的函数", func() { p := Point{1, 2}; sinkInt = sum(&p) }},
		{"整数装箱进接口并保存", func() { big++; sinkAny = big }},
		{"闭包捕获变量并被保存", func() { x := 0; sinkFn = func() int { x++; return x } }},
		{"常量大小的局部切片 make([]byte, 64)", func() { b := make([]byte, 64); b[0] = 1; sinkInt = int(b[0]) }},
		{"变量大小的局部切片 make([]byte, size)", func() { b := make([]byte, size); b[0] = 1; sinkInt = int(b[0]) }},
	}
	for _, c := range cases {
		allocs := testing.AllocsPerRun(100, c.fn)
		fmt.Printf("%s: 每次 %d 次堆分配\n", c.name, int(allocs))
	}
}
