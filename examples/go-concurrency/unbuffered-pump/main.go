// 无缓冲 channel 让生产者与消费者会合：消费者只取一次，生产者就卡在第二次发送上。
// 对比容量为 3 的有缓冲 channel：没有消费者时生产者也能先发 3 个。
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// pump 不停地发送 1, 2, 3, ...，每成功发送一个就把计数加一。
func pump(ch chan<- int, sent *atomic.Int64) {
	for i := 1; ; i++ {
		ch <- i
		sent.Add(1)
	}
}

// waitSent 等计数到达 n：没有接收者时计数不可能超过缓冲能容纳的数量，所以等到的就是最终值。
func waitSent(sent *atomic.Int64, n int64) {
	for sent.Load() < n {
		runtime.Gosched()
	}
}

func main() {
	var sent atomic.Int64
	ch := make(chan int) // 无缓冲
	go pump(ch, &sent)
	fmt.Println("received:", <-ch) // 只取一次
	waitSent(&sent, 1)              // pump 记下第 1 次发送，然后卡在第 2 次发送上
	fmt.Println("unbuffered: pump has sent", sent.Load(), "value(s), now blocked")

	var sent2 atomic.Int64
	ch2 := make(chan int, 3) // 容量 3
	go pump(ch2, &sent2)
	waitSent(&sent2, 3) // 缓冲满了就再也发不出去
	fmt.Println("buffered(3): pump has sent", sent2.Load(), "value(s) with no receiver, len =", len(ch2))
	fmt.Println("received:", <-ch2)
	waitSent(&sent2, 4) // 空出一格，pump 正好再发一个
	fmt.Println("buffered(3): after one receive, pump has sent", sent2.Load())
	// main 返回时程序结束，两个仍阻塞的 pump goroutine 随之消失。
}
