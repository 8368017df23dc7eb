// 无缓冲 channel 让生产者与消费者会合：消费者只取一次，生产者就卡在第二次发送上。
// 对比容量为 3 的有缓冲 channel：没有消费者时生产者也能先发 3 个。
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

// pump 不停地发送 1, 2, 3, ...，每成功发送一个就把计数加一。
func pump(ch chan<- int, sent *atomic.Int64) {
	for i := 1; ; i++ {
		ch <- i
		sent.Add(1)
	}
}

func main() {
	var sent atomic.Int64
	ch := make(chan int) // 无缓冲
	go pump(ch, &sent)
	fmt.Println("received:", <-ch) // 只取一次
	time.Sleep(50 * time.Millisecond)
	fmt.Println("unbuffered: pump has sent", sent.Load(), "value(s), now blocked")

	var sent2 atomic.Int64
	ch2 := make(chan int, 3) // 容量 3
	go pump(ch2, &sent2)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("buffered(3): pump has sent", sent2.Load(), "value(s) with no receiver, len =", len(ch2))
	fmt.Println("received:", <-ch2)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("buffered(3): after one receive, pump has sent", sent2.Load())
	// main 返回时程序结束，两个仍阻塞的 pump goroutine 随之消失。
}
