// 原文的 Pool：带缓冲 channel 限制并发 + WaitGroup 等待收尾。
// runtime.NumGoroutine 只在状态稳定时读取，否则“前一个已 Done 还没退出”的 goroutine 会让读数跳动。
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
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

func main() {
	const size, tasks = 5, 20
	pool := NewPool(size)
	var running, peak atomic.Int32

	fmt.Println("NumGoroutine at start:", runtime.NumGoroutine())
	for i := 0; i < tasks; i++ {
		pool.Add()
		go func() {
			defer pool.Done()
			n := running.Add(1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
			time.Sleep(50 * time.Millisecond)
			running.Add(-1)
		}()
	}
	// 循环结束时最后一批 5 个任务刚启动；稍等片刻让上一批彻底退出
	time.Sleep(20 * time.Millisecond)
	fmt.Println("NumGoroutine while last batch runs:", runtime.NumGoroutine(), "(5 workers + main)")
	pool.Wait()
	// Wait 返回只说明 Done 都调用了，goroutine 可能还没真正退出，稍等再读
	time.Sleep(20 * time.Millisecond)
	fmt.Println("NumGoroutine after Wait:", runtime.NumGoroutine())
	fmt.Println("peak concurrent tasks:", peak.Load(), "of", tasks)
}
