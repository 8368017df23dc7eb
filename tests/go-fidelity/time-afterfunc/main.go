package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	start := time.Now()
	time.AfterFunc(60*time.Millisecond, func() { done <- "fired" })
	cancelled := time.AfterFunc(30*time.Millisecond, func() { fmt.Println("must not run") })
	fmt.Println("stop before firing:", cancelled.Stop())
	fmt.Println(<-done, time.Since(start).Truncate(20*time.Millisecond) >= 60*time.Millisecond)
	again := time.AfterFunc(time.Hour, func() { done <- "reset" })
	fmt.Println("reset:", again.Reset(10*time.Millisecond))
	fmt.Println(<-done)
	fmt.Println("stop after firing:", again.Stop())
	// AfterFunc keeps the program alive: not a deadlock while it is pending.
	time.AfterFunc(20*time.Millisecond, func() { done <- "late" })
	fmt.Println(<-done)
}
