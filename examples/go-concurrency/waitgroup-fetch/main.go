// 用 sync.WaitGroup 等待一组并发“请求”完成。
// 真实代码调用 http.Get；这里用 fetch 模拟网络请求（按 URL 长度睡眠一段时间），可以离线运行。
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var inFlight, maxInFlight atomic.Int32 // 同时进行中的请求数及其峰值

// fetch 模拟一次 HTTP GET：耗时与 URL 有关，返回状态行。
func fetch(url string) string {
	n := inFlight.Add(1)
	for m := maxInFlight.Load(); n > m && !maxInFlight.CompareAndSwap(m, n); m = maxInFlight.Load() {
	}
	time.Sleep(time.Duration(len(url)) * 2 * time.Millisecond)
	inFlight.Add(-1)
	return "200 OK"
}

func main() {
	urls := []string{
		"http://www.golang.org/",
		"http://www.google.com/",
		"http://example.com/",
	}
	results := make([]string, len(urls)) // 每个 goroutine 只写自己的下标，无需加锁

	var wg sync.WaitGroup
	for i, url := range urls {
		wg.Add(1) // 在 go 语句之前 Add
		go func() {
			defer wg.Done() // 无论怎样返回都会 Done
			results[i] = fetch(url)
		}()
	}
	wg.Wait() // 计数归零前阻塞

	for i, url := range urls {
		fmt.Printf("%-24s %s\n", url, results[i])
	}
	// 三个请求同时在途：总耗时接近最慢的那个，而不是三者之和。
	fmt.Println("all done, max in-flight requests:", maxInFlight.Load())
}
