// 三种安全的并发计数：sync.Mutex、sync/atomic、channel 独占。
// 每种方式都由 N 个 goroutine 各加 1，结果必须正好是 N。
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const N = 1000

// 1. Mutex 保护普通变量
func withMutex() int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			count++ // 读-改-写在锁内完成
			mu.Unlock()
		}()
	}
	wg.Wait()
	return count
}

// 2. atomic：单个整数的原子加
func withAtomic() int64 {
	var count atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			count.Add(1)
		}()
	}
	wg.Wait()
	return count.Load()
}

// 3. channel 独占：只有 owner goroutine 能碰 count，其他 goroutine 发消息请求加 1
func withChannel() int {
	incr := make(chan struct{})
	result := make(chan int)
	go func() { // owner
		count := 0
		for range incr {
			count++
		}
		result <- count // incr 关闭后汇报结果
	}()
	var wg sync.WaitGroup
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			incr <- struct{}{}
		}()
	}
	wg.Wait()
	close(incr)
	return <-result
}

func main() {
	fmt.Println("mutex:  ", withMutex())
	fmt.Println("atomic: ", withAtomic())
	fmt.Println("channel:", withChannel())
}
