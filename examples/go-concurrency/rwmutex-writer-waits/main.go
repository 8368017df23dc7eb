// RWMutex：多个读者可以同时持有读锁；写者 Lock 要等所有读者 RUnlock；
// 写者排队之后才来的读者也要等写者完成（写者优先，避免写者饿死）。
// 每一步都由 channel 和 WaitGroup 排好先后，输出顺序是确定的。
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var all sync.WaitGroup
	release := make([]chan struct{}, 3) // main 通过它通知读者 i 释放读锁
	released := make(chan struct{})      // 读者释放后回报 main

	// 三个读者依次拿到读锁，然后一直持有，直到 main 让它释放
	for i := 0; i < 3; i++ {
		release[i] = make(chan struct{})
		got := make(chan struct{})
		all.Add(1)
		go func() {
			defer all.Done()
			rw.RLock()
			fmt.Println("reader", i, "got read lock")
			close(got)
			<-release[i]
			fmt.Println("reader", i, "RUnlock")
			rw.RUnlock()
			released <- struct{}{}
		}()
		<-got
	}
	fmt.Println("3 readers hold the read lock at the same time")

	// 写者：调用 Lock 后要等三个读者全部释放
	all.Add(1)
	go func() {
		defer all.Done()
		fmt.Println("writer: calling Lock")
		rw.Lock()
		fmt.Println("writer: got write lock")
		fmt.Println("writer: Unlock")
		rw.Unlock()
	}()

	// 等写者真正排上队：写者一旦调用了 Lock，TryRLock 就会失败
	for rw.TryRLock() {
		rw.RUnlock()
		runtime.Gosched()
	}

	// 这时来了一个新读者：它不能插到排队的写者前面
	lateCalling := make(chan struct{})
	all.Add(1)
	go func() {
		defer all.Done()
		fmt.Println("late reader: calling RLock while writer waits")
		close(lateCalling)
		rw.RLock() // 要等写者 Unlock
		fmt.Println("late reader: got read lock")
		rw.RUnlock()
	}()
	<-lateCalling

	// 让三个读者逐个释放读锁；最后一个释放后写者才拿到写锁
	for i := 0; i < 3; i++ {
		release[i] <- struct{}{}
		<-released
	}

	all.Wait()
	fmt.Println("done")
}
