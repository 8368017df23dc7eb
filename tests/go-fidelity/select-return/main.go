package main

import (
	"fmt"
	"time"
)

func firstResult(results <-chan int, timeout time.Duration) (int, error) {
	select {
	case r := <-results:
		return r, nil
	case <-time.After(timeout):
		return 0, fmt.Errorf("timed out after %v", timeout)
	}
}

func main() {
	jobs := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			jobs <- i
		}
		quit <- true
	}()
	total := 0
loop:
	for {
		select {
		case j := <-jobs:
			total += j
			fmt.Println("job", j)
		case <-quit:
			fmt.Println("quit")
			break loop
		}
	}
	fmt.Println("total", total)
	results := make(chan int, 1)
	results <- 42
	fmt.Println(firstResult(results, 20*time.Millisecond))
	fmt.Println(firstResult(results, 20*time.Millisecond))
}
