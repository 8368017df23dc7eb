// 分布式计数器：INCR 的原子读改写，以及“先 GET 再 SET”为什么会丢更新。
// 真实代码用 go-redis v9：n, err := rdb.Incr(ctx, key).Result()，返回值就是加一后的值。
// 这里把用到的命令抽象成 Counter 接口，用线程安全的内存实现运行。
package main

import (
	"fmt"
	"sync"
)

type Counter interface {
	Get(key string) int64
	Set(key string, v int64)
	Incr(key string) int64 // 服务端一步完成读改写，返回新值
}

type memRedis struct {
	mu   sync.Mutex
	data map[string]int64
}

func (m *memRedis) Get(key string) int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.data[key]
}

func (m *memRedis) Set(key string, v int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.data[key] = v
}

func (m *memRedis) Incr(key string) int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.data[key]++
	return m.data[key]
}

func main() {
	r := &memRedis{data: map[string]int64{"views": 10}}

	fmt.Println("== 先 GET 再 SET：两个客户端交错执行 ==")
	a := r.Get("views")
	fmt.Println("A GET views ->", a)
	b := r.Get("views")
	fmt.Println("B GET views ->", b)
	r.Set("views", a+1)
	fmt.Println("A SET views", a+1)
	r.Set("views", b+1)
	fmt.Println("B SET views", b+1)
	fmt.Printf("两次访问后 views = %d（期望 12，丢了一次）\n", r.Get("views"))

	fmt.Println("== INCR：服务端原子读改写 ==")
	fmt.Println("A INCR views ->", r.Incr("views"))
	fmt.Println("B INCR views ->", r.Incr("views"))

	const workers, perWorker = 4, 250
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				r.Incr("pv")
				r.Incr(fmt.Sprintf("pv:shard:%d", i%4)) // 热点 key 拆成 4 个分片
			}
		}(w)
	}
	wg.Wait()
	fmt.Printf("%d 个并发 worker 各 INCR %d 次: pv = %d\n", workers, perWorker, r.Get("pv"))
	var sum int64
	for s := 0; s < 4; s++ {
		sum += r.Get(fmt.Sprintf("pv:shard:%d", s))
	}
	fmt.Printf("分片计数器 4 个分片求和 = %d\n", sum)
}
