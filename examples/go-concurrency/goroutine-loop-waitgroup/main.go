// 在循环里启动 goroutine，用 WaitGroup 等它们结束（而不是 time.Sleep 猜一个时间）。
// 注意循环条件 i < 5 且从 1 开始，只启动 4 个 goroutine。
// 四个 goroutine 谁先执行每次可能不同，所以每个只写自己的下标，Wait 返回后再按顺序打印。
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := 1; i < 5; i++ {
		wg.Add(1)
		go func() { // Go 1.22 起每次迭代的 i 是独立变量，闭包可以直接使用
			defer wg.Done()
			results[i-1] = fmt.Sprint("goroutine ", i, " done") // 各写各的元素，不需要加锁
		}()
	}
	wg.Wait() // Wait 返回时，所有 goroutine 的写入都已可见
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println("all 4 goroutines finished")
}
