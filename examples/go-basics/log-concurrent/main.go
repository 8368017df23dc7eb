package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
	"sync"
)

const (
	workers = 8
	perG    = 100
)

func main() {
	// bytes.Buffer 本身不是并发安全的；这里所有写入都经过同一个 Logger，
	// Logger 内部的互斥锁保证每一行用一次 Write 完整写入。
	var buf bytes.Buffer
	logger := log.New(&buf, "[app] ", 0) // flag 为 0：不打印时间，便于比对输出

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perG; i++ {
				logger.Printf("worker=%d seq=%03d", w, i)
			}
		}()
	}
	wg.Wait()

	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	intact := 0
	perWorker := make([]int, workers)
	for _, l := range lines {
		var w, seq int
		n, err := fmt.Sscanf(l, "[app] worker=%d seq=%d", &w, &seq)
		if err == nil && n == 2 && len(l) == len("[app] worker=0 seq=000") {
			intact++
			perWorker[w]++
		}
	}
	fmt.Println("总行数:", len(lines))
	fmt.Println("完整的行:", intact)
	fmt.Println("每个 worker 的行数:", perWorker)
}
