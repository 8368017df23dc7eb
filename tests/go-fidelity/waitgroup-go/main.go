package main

// Needs Go 1.25 (sync.WaitGroup.Go): the test compares the port with expected.txt.

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := make([]int, 0)
	for i := 1; i <= 3; i++ {
		wg.Go(func() {
			mu.Lock()
			results = append(results, i*i)
			mu.Unlock()
			fmt.Println("worker", i)
		})
	}
	wg.Wait()
	fmt.Println(len(results), "results")
}
