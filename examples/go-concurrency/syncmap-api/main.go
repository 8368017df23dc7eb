// sync.Map 的 API：Store、Load、LoadOrStore、LoadAndDelete、Swap、CompareAndSwap、Delete、Range、Clear。
// Range 的遍历顺序不确定，这里先收集再排序打印。
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var sm sync.Map // 零值即可使用

	sm.Store(1, "a")
	if v, ok := sm.Load(1); ok {
		fmt.Println("Load(1):", v)
	}

	// 键存在：返回旧值，loaded=true，不覆盖
	v, loaded := sm.LoadOrStore(1, "c")
	fmt.Println("LoadOrStore(1, c):", v, loaded)
	// 键不存在：存入并返回新值，loaded=false
	v, loaded = sm.LoadOrStore(2, "c")
	fmt.Println("LoadOrStore(2, c):", v, loaded)

	prev, loaded := sm.Swap(2, "d") // Go 1.20
	fmt.Println("Swap(2, d):", prev, loaded)
	fmt.Println("CompareAndSwap(2, c, e):", sm.CompareAndSwap(2, "c", "e")) // 旧值不是 c
	fmt.Println("CompareAndSwap(2, d, e):", sm.CompareAndSwap(2, "d", "e"))

	sm.Store(3, "x")
	v, loaded = sm.LoadAndDelete(3)
	fmt.Println("LoadAndDelete(3):", v, loaded)
	sm.Delete(42) // 删除不存在的键不会报错

	var lines []string
	sm.Range(func(k, v any) bool {
		lines = append(lines, fmt.Sprintf("%v:%v", k, v))
		return true // 返回 false 会提前结束遍历
	})
	sort.Strings(lines)
	fmt.Println("Range:", lines)

	sm.Clear() // Go 1.23
	_, ok := sm.Load(1)
	fmt.Println("after Clear, Load(1) ok:", ok)
}
