package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	fmt.Println("len/cap", len(t.C), cap(t.C))
	time.Sleep(40 * time.Millisecond)
	fmt.Println("fired, unreceived: len", len(t.C), "Stop", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value after Stop")
	}
	t2 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	fmt.Println("Reset on fired timer:", t2.Reset(30*time.Millisecond))
	select {
	case <-t2.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value after Reset")
	}
	<-t2.C
	fmt.Println("received; Stop now:", t2.Stop(), "Reset:", t2.Reset(time.Hour), "Stop:", t2.Stop())
	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(35 * time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("stale tick")
	default:
		fmt.Println("no stale tick after ticker Stop")
	}
	fmt.Println("ticker len/cap", len(tk.C), cap(tk.C))
}
