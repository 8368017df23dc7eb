// 故意出错的示例：把 sync.WaitGroup 按值传进 goroutine。
// 每个 goroutine 对自己的副本调用 Done，main 里的计数永远停在 5，Wait 永久阻塞，
// 运行时发现所有 goroutine 都在睡眠，报死锁并以退出码 2 结束。
// （go vet 会报告 "passes lock by value"，这正是它要防止的错误。）
package main

import (
	"fmt"
	"sync"
)

func main() {
	wg := sync.WaitGroup{}
	next := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(wg sync.WaitGroup, i int) { // 错误：wg 是副本
			fmt.Printf("i:%d\n", i)
			wg.Done() // 减的是副本的计数
			next <- struct{}{}
		}(wg, i)
		<-next // 等这个 goroutine 做完再启动下一个，只为让输出顺序固定
	}
	wg.Wait()           // 永远等不到 0
	fmt.Println("exit") // 不会执行
}
