// 在循环里启动 goroutine，用 WaitGroup 等它们结束（而不是 time.Sleep 猜一个时间）。
// 注意循环条件 i < 5 且从 1 开始，只启动 4 个 goroutine；打印顺序每次可能不同。
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i < 5; i++ {
		wg.Add(1)
		go func() { // Go 1.22 起每次迭代的 i 是独立变量，闭包可以直接使用
			defer wg.Done()
			fmt.Println("goroutine", i)
		}()
	}
	wg.Wait()
	fmt.Println("all 4 goroutines finished")
}
