package main

import (
	"fmt"
	"sync"
)

// GOMAXPROCS=1: a buffered channel lets the producer run ahead until the buffer is full.
func main() {
	jobs := make(chan int, 2)
	results := make(chan string)
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				fmt.Println("worker", w, "got", j)
				results <- fmt.Sprintf("w%d:j%d", w, j)
			}
		}()
	}
	go func() {
		for j := 1; j <= 5; j++ {
			fmt.Println("queue", j)
			jobs <- j
		}
		close(jobs)
		fmt.Println("all queued")
	}()
	go func() { wg.Wait(); close(results) }()
	for r := range results {
		fmt.Println("result", r)
	}
}
