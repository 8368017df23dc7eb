// Go 1.21 到 1.23 的几个语言变化：min/max/clear、每次迭代新的循环变量、range over int、range over func。
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Countdown 返回一个迭代器：for v := range Countdown(3) 依次得到 3 2 1。
func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) { // 调用方 break 时 yield 返回 false，迭代器要立刻停止
				return
			}
		}
	}
}

func main() {
	// Go 1.21：内置 min、max、clear
	fmt.Println("min:", min(3, 1, 2), "max:", max(2.5, 1.0))
	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3}
	clear(m) // 删除全部键
	clear(s) // 把元素置为零值，长度不变
	fmt.Println("after clear:", len(m), s)

	// Go 1.22：每次迭代都有自己的循环变量（go.mod 声明 go 1.22 及以上）
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	fmt.Println("closures see:", fs[0](), fs[1](), fs[2]())

	// Go 1.22：range over int
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Go 1.23：range over func，自定义迭代器可以 break
	for v := range Countdown(5) {
		if v == 2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Go 1.23：标准库的迭代器函数
	ages := map[string]int{"tom": 30, "amy": 25, "bob": 41}
	fmt.Println("sorted keys:", slices.Sorted(maps.Keys(ages)))
	fmt.Println("collected:", slices.Collect(Countdown(3)))
}
