// 对已加锁的 Mutex 再 Lock 会阻塞。main 先持有锁，三个 goroutine 来抢：
// main 解锁后只有一个等待者拿到锁，是哪一个没有保证；另外两个继续阻塞。
// 先后顺序用 channel 排定，所以输出是确定的（只打印“几个”，不打印“哪一个”）。
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var mutex sync.Mutex
	var holders atomic.Int32 // 拿到锁的 goroutine 数
	started := make(chan struct{})
	gotLock := make(chan struct{})

	fmt.Println("main: lock")
	mutex.Lock()
	fmt.Println("main: locked")

	for i := 1; i <= 3; i++ {
		go func() {
			fmt.Println("begin lock", i)
			started <- struct{}{}
			mutex.Lock() // 阻塞，直到锁被释放并轮到自己
			holders.Add(1)
			gotLock <- struct{}{}
			// 拿到锁后不释放，其余等待者会一直阻塞
		}()
		<-started // 逐个启动，让 "begin lock" 的顺序固定
	}

	fmt.Println("main: unlock")
	mutex.Unlock()
	<-gotLock // 恰好有一个等待者拿到锁；它不释放，其余的拿不到
	fmt.Println("goroutines holding the lock:", holders.Load())
	fmt.Println("goroutines still blocked:", 3-holders.Load())
}
