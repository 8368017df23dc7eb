package main

import (
	"fmt"
	"time"
)

func main() {
	// Go 1.23: a ticker and a timer nobody receives from do not keep a deadlocked program alive.
	ticker := time.NewTicker(time.Second)
	timer := time.NewTimer(time.Minute)
	_, _ = ticker, timer
	results := make(chan int)
	fmt.Println("waiting for a result nobody sends")
	fmt.Println(<-results)
}
