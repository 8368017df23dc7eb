// select 的常见用法：default 非阻塞收发、time.After 超时、nil channel 关闭分支、多个就绪时随机选择。
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)

	// 1. 非阻塞接收：没有值就走 default
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("no value ready, default branch")
	}

	// 2. 非阻塞发送：缓冲有空位就发出，满了就丢弃
	for _, v := range []int{1, 2} {
		select {
		case ch <- v:
			fmt.Println("sent", v)
		default:
			fmt.Println("buffer full, dropped", v)
		}
	}
	fmt.Println("received", <-ch)

	// 3. 超时：慢操作 200ms 才返回，只等 50ms
	slow := make(chan string, 1) // 带缓冲，超时后慢操作也能发出结果并退出，不会泄漏
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "late result"
	}()
	select {
	case r := <-slow:
		fmt.Println(r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout after 50ms")
	}

	// 4. 合并两个输入，关闭的一路置为 nil，它的分支就再也不会被选中
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 1; i <= 2; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i <= 30; i += 10 {
			b <- i
		}
		close(b)
	}()
	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		}
	}
	fmt.Println("merged sum:", sum)

	// 5. 两个分支同时就绪时随机选择，不按书写顺序
	x, y := make(chan int, 1), make(chan int, 1)
	countX, countY := 0, 0
	for i := 0; i < 1000; i++ {
		x <- 1
		y <- 1
		select {
		case <-x:
			countX++
			<-y
		case <-y:
			countY++
			<-x
		}
	}
	fmt.Println("both branches chosen:", countX > 0 && countY > 0, "total:", countX+countY)
}
