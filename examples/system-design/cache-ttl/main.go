// 常见示例：用 go-redis 封装 setCache/getCache，SET 的过期时间为 0（永不过期），
// 并把 key 不存在当成错误直接 log.Fatal。这里改成：
//   - 所有写入都带 TTL；
//   - Get 区分“未命中”（ErrNil，对应 redis.Nil）和真正的错误；
//   - 在上面实现 Cache-Aside 的 GetOrLoad。
//
// Redis 客户端换成小接口 Cache，用带假时钟的内存实现运行。
package main

import (
	"errors"
	"fmt"
	"time"
)

// ErrNil 表示 key 不存在，对应 go-redis 的 redis.Nil。
var ErrNil = errors.New("cache: nil")

type Cache interface {
	Set(key, value string, ttl time.Duration) error
	Get(key string) (string, error)
}

type clock struct{ now time.Duration }

type entry struct {
	value    string
	expireAt time.Duration // 0 表示永不过期
}

type memCache struct {
	clk *clock
	m   map[string]entry
}

func (c *memCache) Set(key, value string, ttl time.Duration) error {
	e := entry{value: value}
	if ttl > 0 {
		e.expireAt = c.clk.now + ttl
	}
	c.m[key] = e
	return nil
}

func (c *memCache) Get(key string) (string, error) {
	e, ok := c.m[key]
	if !ok {
		return "", ErrNil
	}
	if e.expireAt != 0 && c.clk.now >= e.expireAt { // 和 Redis 一样，访问时发现过期就删除
		delete(c.m, key)
		return "", ErrNil
	}
	return e.value, nil
}

// GetOrLoad：命中直接返回；未命中调用 load 回源并回填（带 TTL）；其他错误向上返回。
func GetOrLoad(c Cache, key string, ttl time.Duration, load func() (string, error)) (string, bool, error) {
	v, err := c.Get(key)
	if err == nil {
		return v, true, nil
	}
	if !errors.Is(err, ErrNil) {
		return "", false, err
	}
	v, err = load()
	if err != nil {
		return "", false, err
	}
	if err := c.Set(key, v, ttl); err != nil {
		return "", false, err
	}
	return v, false, nil
}

func main() {
	clk := &clock{}
	cache := &memCache{clk: clk, m: map[string]entry{}}
	dbLoads := 0
	loadUser := func() (string, error) {
		dbLoads++
		return fmt.Sprintf("Alice(v%d)", dbLoads), nil
	}

	// 1. 常见示例的 SET key value 0：永不过期，只能靠淘汰策略清理
	_ = cache.Set("config:site", "dark-mode", 0)
	clk.now = 24 * time.Hour
	v, err := cache.Get("config:site")
	fmt.Printf("ttl=0 after 24h: %q err=%v\n", v, err)

	// 2. 不存在的 key 是“未命中”，不是致命错误
	clk.now = 0
	_, err = cache.Get("user:404")
	fmt.Printf("missing key: err=%v isNil=%v\n", err, errors.Is(err, ErrNil))

	// 3. Cache-Aside：TTL 10 秒
	ttl := 10 * time.Second
	for _, sec := range []int{0, 3, 9, 10, 15, 21} {
		clk.now = time.Duration(sec) * time.Second
		v, hit, err := GetOrLoad(cache, "user:1", ttl, loadUser)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		src := "miss -> db"
		if hit {
			src = "hit"
		}
		fmt.Printf("t=%2ds user:1=%s (%s)\n", sec, v, src)
	}
	fmt.Println("db loads:", dbLoads)
}
