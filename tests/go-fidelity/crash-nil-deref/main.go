package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	list := &node{1, &node{2, nil}}
	done := make(chan bool)
	go func() {
		for n := list; ; n = n.next {
			fmt.Println("visit", n.val)
		}
		done <- true
	}()
	<-done
}
