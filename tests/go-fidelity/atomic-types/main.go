package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var ready atomic.Bool
	var hits atomic.Int64
	var small atomic.Int32
	var big atomic.Uint64
	var cfg atomic.Pointer[config]
	var v atomic.Value
	fmt.Println(ready.Load(), hits.Load(), cfg.Load() == nil, v.Load())
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Add(2)
			small.Add(-1)
			big.Add(1 << 40)
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), small.Load(), big.Load())
	fmt.Println(ready.CompareAndSwap(false, true), ready.Load(), ready.Swap(false))
	cfg.Store(&config{"a", 1})
	old := cfg.Swap(&config{"b", 2})
	fmt.Println(old.name, cfg.Load().name, cfg.Load().version)
	cur := cfg.Load()
	fmt.Println(cfg.CompareAndSwap(old, &config{"c", 3}), cfg.CompareAndSwap(cur, &config{"d", 4}), cfg.Load().name)
	v.Store("hello")
	fmt.Println(v.Load(), v.CompareAndSwap("hello", "world"), v.Load(), v.Swap("again"), v.Load())
	fmt.Println(hits.CompareAndSwap(20, 0), hits.Swap(5), hits.Load())
}
