// 本地锁 + Redis 锁：先抢进程内的 sync.Mutex，胜出者再去抢 Redis 锁。
// 真实代码用 go-redis v9（SetNX(ctx, key, token, ttl) 与 Lua 比较后删除），
// 这里把用到的命令抽象成 Store 接口，用线程安全的内存实现运行。
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

type Store interface {
	SetNX(key, val string) bool            // SET key val NX PX ttl（本例不涉及过期）
	CompareAndDelete(key, val string) bool // Lua：值相等才 DEL
	Get(key string) string
	Set(key, val string)
}

type memStore struct {
	mu   sync.Mutex
	data map[string]string
}

func (m *memStore) SetNX(key, val string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.data[key]; ok {
		return false
	}
	m.data[key] = val
	return true
}

func (m *memStore) CompareAndDelete(key, val string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.data[key] != val {
		return false
	}
	delete(m.data, key)
	return true
}

func (m *memStore) Get(key string) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.data[key]
}

func (m *memStore) Set(key, val string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.data[key] = val
}

const (
	workers = 4   // 同一进程里的 goroutine 数
	rounds  = 100 // 每个 goroutine 加几次
	lockKey = "lock:counter"
)

var (
	local    sync.Mutex   // 进程内的本地锁
	attempts atomic.Int64 // 向 Redis 发出的加锁请求数
	failures atomic.Int64 // 其中失败（已被别人持有）的次数
)

// withLock：先本地锁、后 Redis 锁；释放时先 Redis、后本地，顺序不能反。
func withLock(s Store, token string, fn func()) {
	local.Lock()
	defer local.Unlock()
	for {
		attempts.Add(1)
		if s.SetNX(lockKey, token) {
			break
		}
		failures.Add(1)
		runtime.Gosched() // 真实代码：带退避的重试
	}
	defer s.CompareAndDelete(lockKey, token)
	fn()
}

func main() {
	s := &memStore{data: map[string]string{"counter": "0"}}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				token := fmt.Sprintf("proc1-g%d-%d", w, i) // 真实代码用随机 token
				withLock(s, token, func() {
					// 读改写分成两步（两次网络往返），必须在锁内
					n, _ := strconv.Atoi(s.Get("counter"))
					runtime.Gosched()
					s.Set("counter", strconv.Itoa(n+1))
				})
			}
		}(w)
	}
	wg.Wait()
	fmt.Printf("counter = %s（期望 %d）\n", s.Get("counter"), workers*rounds)
	fmt.Printf("Redis 加锁请求 %d 次，失败 %d 次\n", attempts.Load(), failures.Load())
	fmt.Printf("锁已释放: %t\n", s.Get(lockKey) == "")
}
