// goroutine 泄漏的典型场景：调用方超时先走了，后台 goroutine 的结果再也没人接收。
// 泄漏版用无缓冲 channel，goroutine 永远阻塞在发送上；修正版用容量为 1 的 channel，发完就退出。
// “超时”用一个已关闭的 channel 模拟，“慢查询”等 main 放行，所以输出是确定的。
package main

import (
	"fmt"
	"runtime"
)

var backend = make(chan struct{}) // 关闭它表示下游终于返回了

func slowQuery() string {
	<-backend
	return "result"
}

// fetchLeaky：超时返回后，没人再从 ch 接收。
func fetchLeaky(timeout <-chan struct{}) (string, bool) {
	ch := make(chan string) // 无缓冲
	go func() {
		ch <- slowQuery() // 调用方走了之后，这里永远阻塞
	}()
	select {
	case r := <-ch:
		return r, true
	case <-timeout:
		return "", false
	}
}

// fetchFixed：结果 channel 留一个缓冲位，goroutine 不管有没有人接收都能发完退出。
func fetchFixed(timeout <-chan struct{}) (string, bool) {
	ch := make(chan string, 1)
	go func() {
		ch <- slowQuery()
	}()
	select {
	case r := <-ch:
		return r, true
	case <-timeout:
		return "", false
	}
}

// waitGoroutines 等 goroutine 数降到 want：发完结果的 goroutine 还要一点时间才真正退出。
func waitGoroutines(want int) int {
	for runtime.NumGoroutine() > want {
		runtime.Gosched()
	}
	return runtime.NumGoroutine()
}

func main() {
	timedOut := make(chan struct{})
	close(timedOut) // 模拟“已经超时”

	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	for i := 0; i < 3; i++ {
		_, ok := fetchLeaky(timedOut)
		fmt.Println("leaky call", i, "ok =", ok)
	}
	for i := 0; i < 3; i++ {
		_, ok := fetchFixed(timedOut)
		fmt.Println("fixed call", i, "ok =", ok)
	}
	fmt.Println("goroutines while backend is slow:", runtime.NumGoroutine())

	close(backend) // 下游返回：6 个后台 goroutine 都拿到了结果
	fmt.Println("goroutines after backend returns:", waitGoroutines(1+3))
	fmt.Println("the 3 left are blocked forever on ch <- (leaked)")
}
