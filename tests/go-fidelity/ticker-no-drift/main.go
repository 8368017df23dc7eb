package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(100 * time.Millisecond)
	var last time.Time
	for i := 0; i < 10; i++ {
		last = <-ticker.C
	}
	// Ticks are scheduled at start + k*d: the 10th tick is at 1s, not 10 * (100ms + latency).
	fmt.Println("10th tick at", last.Sub(start).Round(10*time.Millisecond))
	ticker.Stop()

	slow := time.NewTicker(100 * time.Millisecond)
	t0 := time.Now()
	first := <-slow.C
	fmt.Println("first tick at", first.Sub(t0).Round(100*time.Millisecond))
	time.Sleep(250 * time.Millisecond) // ticks at 200ms (kept), 300ms (dropped)
	second := <-slow.C
	third := <-slow.C
	fmt.Println("buffered tick from", second.Sub(t0).Round(100*time.Millisecond), "next tick at", third.Sub(t0).Round(100*time.Millisecond))
	slow.Stop()
}
