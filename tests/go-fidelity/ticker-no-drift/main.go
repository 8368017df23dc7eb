package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(100 * time.Millisecond)
	for i := 0; i < 10; i++ {
		<-ticker.C
	}
	// Ticks are scheduled at start + k*d: 10 ticks take 1s, not 20 * (50ms + latency).
	fmt.Println("10 ticks:", time.Since(start).Round(100*time.Millisecond))
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
