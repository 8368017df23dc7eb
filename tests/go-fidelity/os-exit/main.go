package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println("before exit")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine deferred: must not print")
		fmt.Fprintln(os.Stderr, "exiting with 3")
		os.Exit(3)
	}()
	<-done
}
