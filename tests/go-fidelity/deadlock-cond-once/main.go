package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait() // nobody ever signals
		}
		mu.Unlock()
	}()
	var once sync.Once
	fmt.Println("calling once.Do recursively")
	once.Do(func() {
		once.Do(func() { fmt.Println("unreachable") })
	})
}
