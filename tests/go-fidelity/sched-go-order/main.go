package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Run with GOMAXPROCS=1: the newest goroutine sits in runnext and runs first, the rest FIFO.
func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("goroutine", i)
		}()
	}
	wg.Wait()
	done := make(chan bool)
	go func() {
		fmt.Println("A starts")
		go func() { fmt.Println("C (spawned by A)"); done <- true }()
		runtime.Gosched()
		fmt.Println("A resumes")
		done <- true
	}()
	go func() { fmt.Println("B"); done <- true }()
	<-done
	<-done
	<-done
	fmt.Println("NumGoroutine", runtime.NumGoroutine())
}
