// 用 chan struct{} 传递“完成”信号：发送一次通知一个等待者，close 通知所有等待者。
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// 1. 一对一：worker 做完后发送一个空结构体，main 在接收处等待。
	done := make(chan struct{})
	go func() {
		fmt.Println("worker: start working")
		time.Sleep(100 * time.Millisecond) // 模拟耗时工作
		fmt.Println("worker: work finished")
		done <- struct{}{}
	}()
	<-done // 没有值时阻塞，直到 worker 发送
	fmt.Println("main: got done signal")

	// 2. 一对多：close 是广播，所有接收者都会立即返回。
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start // 三个 goroutine 都阻塞在这里
			results[i] = fmt.Sprintf("waiter %d released", i)
		}()
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main: close(start)")
	close(start)
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
