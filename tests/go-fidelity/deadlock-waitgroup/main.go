package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			time.Sleep(time.Duration(10*(i+1)) * time.Millisecond)
			fmt.Println("worker", i, "forgot Done")
		}()
	}
	wg.Wait()
}
