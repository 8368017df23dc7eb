package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	fmt.Println("unlocking an unlocked mutex")
	mu.Unlock()
	fmt.Println("unreachable")
}
