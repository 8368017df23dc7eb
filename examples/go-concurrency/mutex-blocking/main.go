// 对已加锁的 Mutex 再 Lock 会阻塞。main 先持有锁，三个 goroutine 来抢：
// main 解锁后只有一个等待者拿到锁，是哪一个没有保证；另外两个继续阻塞。
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var mutex sync.Mutex
	var holders atomic.Int32 // 拿到锁的 goroutine 数

	fmt.Println("main: lock")
	mutex.Lock()
	fmt.Println("main: locked")

	for i := 1; i <= 3; i++ {
		go func() {
			fmt.Println("begin lock", i) // 三行的顺序不确定
			mutex.Lock()                 // 阻塞，直到锁被释放并轮到自己
			holders.Add(1)
			// 拿到锁后不释放，其余等待者会一直阻塞
		}()
	}

	time.Sleep(100 * time.Millisecond) // 让三个 goroutine 都阻塞在 Lock 上
	fmt.Println("main: unlock")
	mutex.Unlock()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines holding the lock:", holders.Load())
	fmt.Println("goroutines still blocked:", 3-holders.Load())
}
