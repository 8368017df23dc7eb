package main

import (
	"fmt"
	"time"
)

func main() {
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("got", v)
	case nilCh <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("nil channel is never ready")
	}
	select {
	case <-nilCh:
		fmt.Println("impossible")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout wins over nil channel")
	}
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i <= 20; i += 10 {
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
	fmt.Println("sum", sum, a == nil)
	blocked := make(chan string)
	go func() {
		var forever chan int
		blocked <- "goroutine blocks on nil send"
		forever <- 1
		fmt.Println("unreachable")
	}()
	fmt.Println(<-blocked)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main exits; nil send still blocked")
}
