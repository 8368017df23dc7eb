package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&ops, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops))
	fmt.Println(atomic.CompareAndSwapInt64(&ops, 5000, 1), atomic.CompareAndSwapInt64(&ops, 5000, 2), ops)
	fmt.Println(atomic.SwapInt64(&ops, 7), ops)
	atomic.StoreInt64(&ops, 42)
	fmt.Println(atomic.LoadInt64(&ops))
	var small int32 = math.MaxInt32
	fmt.Println(atomic.AddInt32(&small, 1))
	var u uint32
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)))
}
