package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// leaky 启动一个向无缓冲 channel 发送的 goroutine，但没有人接收：它会永远阻塞，即泄漏。
func leaky() {
	ch := make(chan int)
	go func() { ch <- 1 }()
}

// waitUntil 轮询 goroutine 数量：goroutine 退出需要一点时间，不能假设立即生效。
func waitUntil(n int) int {
	deadline := time.Now().Add(time.Second)
	for runtime.NumGoroutine() > n && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("开始（只有 main）:", runtime.NumGoroutine())

	stop := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-stop
		}()
	}
	started.Wait()
	fmt.Println("启动 10 个阻塞的 goroutine 后:", runtime.NumGoroutine())

	close(stop)
	fmt.Println("close(stop) 之后:", waitUntil(1))

	leaky()
	leaky()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("调用两次 leaky 之后:", waitUntil(3))
}
