package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d, 101*time.Millisecond, time.Duration(0), 90*time.Second, 26*time.Hour+3*time.Second)
	fmt.Println(1234*time.Microsecond, 3*time.Nanosecond, 1500*time.Nanosecond, -2*time.Minute)
	fmt.Printf("%v %s %d %v\n", time.Second, 2*time.Minute, time.Millisecond, d.String())
	fmt.Println(d.Seconds(), d.Milliseconds(), (90 * time.Minute).Hours(), d.Microseconds())
	fmt.Println(d+250*time.Millisecond, d*2, d/3, d-2*time.Second)
	fmt.Println((1234567 * time.Microsecond).Round(time.Millisecond), (1234567 * time.Microsecond).Truncate(time.Second), (1750 * time.Millisecond).Round(time.Second))
	fmt.Println(d > time.Second, d < time.Second)
	timeout := 2 * time.Second
	fmt.Printf("timeout=%v half=%v\n", timeout, timeout/2)
}
