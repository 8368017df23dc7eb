package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store(1)
	fmt.Println("stored int")
	v.Store("one")
	fmt.Println("unreachable")
}
