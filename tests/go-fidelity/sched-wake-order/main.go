package main

import (
	"fmt"
	"sync"
	"time"
)

// GOMAXPROCS=1: close readies its waiters last-blocked-first; WaitGroup, Cond.Broadcast and
// Mutex wake FIFO, each readied goroutine taking runnext and pushing the previous one to the tail.
func main() {
	gate := make(chan struct{})
	out := make(chan string, 10)
	for i := 0; i < 3; i++ {
		go func() { <-gate; out <- fmt.Sprint("close woke ", i) }()
	}
	time.Sleep(5 * time.Millisecond)
	close(gate)
	time.Sleep(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}

	var wg sync.WaitGroup
	wg.Add(1)
	for i := 0; i < 3; i++ {
		go func() { wg.Wait(); out <- fmt.Sprint("wg woke ", i) }()
	}
	time.Sleep(5 * time.Millisecond)
	wg.Done()
	time.Sleep(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			cond.Wait()
			out <- fmt.Sprint("broadcast woke ", i)
			mu.Unlock()
		}()
	}
	time.Sleep(5 * time.Millisecond)
	mu.Lock()
	cond.Broadcast()
	mu.Unlock()
	time.Sleep(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}

	unbuffered := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			unbuffered <- i
			fmt.Println("sent", i)
		}
		close(unbuffered)
	}()
	for v := range unbuffered {
		fmt.Println("received", v)
	}
}
