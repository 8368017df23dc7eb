// 用容量为 5 的带缓冲 channel 当信号量限制并发。
// 一种常见的错误写法在 goroutine 一开始就归还许可，真正同时干活的任务并没有被限制；
// 正确写法是任务结束后再归还（defer），并用 WaitGroup 等待所有任务。
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const (
	tasks = 10
	limit = 5
)

// tracker 记录同时运行的任务数和峰值。
type tracker struct{ cur, peak atomic.Int32 }

func (t *tracker) enter() {
	n := t.cur.Add(1)
	for {
		p := t.peak.Load()
		if n <= p || t.peak.CompareAndSwap(p, n) {
			return
		}
	}
}
func (t *tracker) leave() { t.cur.Add(-1) }

func work(t *tracker) {
	t.enter()
	time.Sleep(30 * time.Millisecond) // 模拟任务耗时
	t.leave()
}

// 错误写法：许可在任务开始前就归还了
func releaseTooEarly() int32 {
	sem := make(chan struct{}, limit)
	var t tracker
	var wg sync.WaitGroup
	for i := 0; i < tasks; i++ {
		sem <- struct{}{}
		wg.Add(1) // 常见写法连 WaitGroup 都没有，main 直接返回；这里加上以便统计
		go func() {
			defer wg.Done()
			<-sem // 一开始就归还许可
			work(&t)
		}()
	}
	wg.Wait()
	return t.peak.Load()
}

// 修正：任务结束后再归还许可
func releaseAfterWork() int32 {
	sem := make(chan struct{}, limit)
	var t tracker
	var wg sync.WaitGroup
	for i := 0; i < tasks; i++ {
		sem <- struct{}{} // 获取许可，满了就阻塞
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }() // 任务结束后归还
			work(&t)
		}()
	}
	wg.Wait()
	return t.peak.Load()
}

func main() {
	fmt.Printf("release before work: peak concurrency = %d (limit %d)\n", releaseTooEarly(), limit)
	fmt.Printf("release after work:  peak concurrency = %d (limit %d)\n", releaseAfterWork(), limit)
}
