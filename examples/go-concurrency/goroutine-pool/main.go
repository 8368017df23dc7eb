// 一个常见的 Pool 写法：带缓冲 channel 限制并发 + WaitGroup 等待收尾。
// runtime.NumGoroutine 只在状态稳定时读取，否则“前一个已 Done 还没退出”的 goroutine 会让读数跳动。
// 最后一批任务停在 hold 上，直到 main 读完数，所以输出是确定的。
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// Pool 限制同时运行的 goroutine 数量。
type Pool struct {
	queue chan struct{}
	wg    sync.WaitGroup
}

func NewPool(size int) *Pool {
	if size <= 0 {
		size = 1
	}
	return &Pool{queue: make(chan struct{}, size)}
}

// Add 占用一个名额（满了就阻塞），并登记一个待完成任务。
func (p *Pool) Add() {
	p.queue <- struct{}{}
	p.wg.Add(1)
}

// Done 归还名额并标记任务完成。
func (p *Pool) Done() {
	<-p.queue
	p.wg.Done()
}

func (p *Pool) Wait() { p.wg.Wait() }

// waitGoroutines 等到 goroutine 数降到 want：调用了 Done 的 goroutine 还要执行完剩下的几条指令才真正退出。
func waitGoroutines(want int) {
	for runtime.NumGoroutine() > want {
		runtime.Gosched()
	}
}

func main() {
	const size, tasks = 5, 20
	pool := NewPool(size)
	var running, peak atomic.Int32
	hold := make(chan struct{})        // 最后一批任务在这里等 main 读完数
	ready := make(chan struct{}, size) // 最后一批任务开始运行后报到

	fmt.Println("NumGoroutine at start:", runtime.NumGoroutine())
	for i := 0; i < tasks; i++ {
		pool.Add()
		go func() {
			defer pool.Done()
			n := running.Add(1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
			if i >= tasks-size {
				ready <- struct{}{}
				<-hold // 最后一批：一直占着名额
			}
			running.Add(-1)
		}()
	}
	// 等最后一批 5 个任务都开始运行并占着名额，再等前面的任务真正退出
	for i := 0; i < size; i++ {
		<-ready
	}
	waitGoroutines(size + 1)
	fmt.Println("NumGoroutine while last batch runs:", runtime.NumGoroutine(), "(5 workers + main)")
	close(hold)
	pool.Wait()
	// Wait 返回只说明 Done 都调用了，goroutine 可能还没真正退出
	waitGoroutines(1)
	fmt.Println("NumGoroutine after Wait:", runtime.NumGoroutine())
	fmt.Println("peak concurrent tasks:", peak.Load(), "of", tasks)
}
