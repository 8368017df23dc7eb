package main

import (
	"errors"
	"fmt"
	"time"
)

func safe() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	panic("inner")
}

func main() {
	fmt.Println(safe())
	go func() {
		defer fmt.Println("worker deferred runs before the crash")
		panic(errors.New("worker failed"))
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("unreachable")
}
