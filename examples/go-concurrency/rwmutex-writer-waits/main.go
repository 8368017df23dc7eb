// RWMutex：多个读者可以同时持有读锁；写者 Lock 要等所有读者 RUnlock；
// 写者排队之后才来的读者也要等写者完成（写者优先，避免写者饿死）。
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var ready, all sync.WaitGroup

	// 三个读者同时持有读锁，读者 i 持有 100+40*i 毫秒
	for i := 0; i < 3; i++ {
		ready.Add(1)
		all.Add(1)
		go func() {
			defer all.Done()
			rw.RLock()
			fmt.Println("reader", i, "got read lock") // 三行顺序不确定
			ready.Done()
			time.Sleep(time.Duration(100+40*i) * time.Millisecond)
			fmt.Println("reader", i, "RUnlock")
			rw.RUnlock()
		}()
	}
	ready.Wait()
	fmt.Println("3 readers hold the read lock at the same time")

	// 写者：等三个读者全部释放
	all.Add(1)
	go func() {
		defer all.Done()
		fmt.Println("writer: calling Lock")
		rw.Lock()
		fmt.Println("writer: got write lock")
		time.Sleep(50 * time.Millisecond)
		fmt.Println("writer: Unlock")
		rw.Unlock()
	}()

	// 写者排队 20ms 后来了一个新读者：它不能插到写者前面
	time.Sleep(20 * time.Millisecond)
	all.Add(1)
	go func() {
		defer all.Done()
		fmt.Println("late reader: calling RLock while writer waits")
		rw.RLock()
		fmt.Println("late reader: got read lock")
		rw.RUnlock()
	}()

	all.Wait()
	fmt.Println("done")
}
