// 多生产者、多消费者：一个带缓冲的 jobs channel 作为队列。
// 生产者只发送不关闭；一个协调 goroutine 等所有生产者结束后关闭 jobs；
// 消费者 range jobs，关闭且取空后退出；另一个协调 goroutine 等消费者结束后关闭 results。
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Job struct {
	Producer, Seq int
}

func main() {
	const producers, perProducer, consumers = 3, 4, 2

	jobs := make(chan Job, 4) // 有界队列：满了生产者阻塞（背压）
	results := make(chan string)

	var pwg sync.WaitGroup
	for p := 1; p <= producers; p++ {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for s := 1; s <= perProducer; s++ {
				jobs <- Job{p, s}
			}
		}()
	}
	go func() { // 唯一的关闭者
		pwg.Wait()
		close(jobs)
	}()

	var cwg sync.WaitGroup
	perConsumer := make([]int, consumers+1)
	for c := 1; c <= consumers; c++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for j := range jobs { // jobs 关闭且取空后循环结束
				time.Sleep(5 * time.Millisecond) // 模拟处理
				perConsumer[c]++                  // 每个消费者只写自己的下标
				results <- fmt.Sprintf("p%d-%d", j.Producer, j.Seq)
			}
		}()
	}
	go func() {
		cwg.Wait()
		close(results)
	}()

	var got []string
	for r := range results {
		got = append(got, r)
	}
	sort.Strings(got) // 完成顺序不确定，排序后打印
	fmt.Println("consumed", len(got), "jobs")
	fmt.Println(got)
	fmt.Println("all consumers exited, per-consumer total:", perConsumer[1]+perConsumer[2])
}
