package main

// Go by Example "Rate Limiting", printing each token's time relative to the start, rounded to the tick.

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(100 * time.Millisecond)
	for req := range requests {
		t := <-limiter
		fmt.Println("request", req, t.Sub(start).Round(100*time.Millisecond))
	}

	burstyLimiter := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		burstyLimiter <- time.Now()
	}
	go func() {
		for t := range time.Tick(100 * time.Millisecond) {
			burstyLimiter <- t
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	start = time.Now()
	for req := range burstyRequests {
		t := <-burstyLimiter
		fmt.Println("bursty request", req, t.Sub(start).Round(100*time.Millisecond))
	}
}
