package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(230 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("slept", elapsed.Truncate(100*time.Millisecond), elapsed >= 230*time.Millisecond)
	tick := time.Tick(100 * time.Millisecond)
	t0 := time.Now()
	for i := 1; i <= 3; i++ {
		<-tick
		fmt.Println("tick", i)
	}
	fmt.Println("after ticks", time.Since(t0).Truncate(100*time.Millisecond))
	fmt.Println(time.Until(time.Now().Add(time.Hour)).Round(time.Minute))
}
