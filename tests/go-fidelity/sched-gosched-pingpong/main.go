package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	for _, name := range []string{"x", "y"} {
		go func() {
			for i := 0; i < 3; i++ {
				fmt.Println(name, i)
				runtime.Gosched()
			}
			done <- true
		}()
	}
	<-done
	<-done
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			fmt.Println("pong", v)
			pong <- v + 1
		}
		close(pong)
	}()
	for i := 0; i < 6; i += 2 {
		ping <- i
		fmt.Println("ping got", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)
}
