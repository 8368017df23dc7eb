// 常见的错误示例：写入一个 key 后执行 FLUSHDB，声称“更新其他节点的缓存”。
// 这里先演示 FLUSHDB 的真实后果，再实现正确的 Cache-Aside 失效。
// Redis 客户端换成了一个小接口 Cache，main 用内存实现运行。
package main

import (
	"fmt"
	"sort"
)

// Cache 是本例用到的 Redis 命令子集。
type Cache interface {
	Get(key string) (string, bool)
	Set(key, value string)
	Del(key string)
	FlushDB()
	DBSize() int
}

type memCache struct{ m map[string]string }

func newMemCache() *memCache                    { return &memCache{m: map[string]string{}} }
func (c *memCache) Get(k string) (string, bool) { v, ok := c.m[k]; return v, ok }
func (c *memCache) Set(k, v string)             { c.m[k] = v }
func (c *memCache) Del(k string)                { delete(c.m, k) }
func (c *memCache) FlushDB()                    { c.m = map[string]string{} } // 清空整个库里的所有 key
func (c *memCache) DBSize() int                 { return len(c.m) }

// DB 模拟数据库，并统计被查询了多少次（回源次数）。
type DB struct {
	rows  map[string]string
	loads int
}

func (d *DB) Load(key string) string { d.loads++; return d.rows[key] }
func (d *DB) Update(key, v string)   { d.rows[key] = v }

type Service struct {
	cache Cache
	db    *DB
}

// Get 是 Cache-Aside 的读路径：先读缓存，未命中查库并回填。
func (s *Service) Get(key string) string {
	if v, ok := s.cache.Get(key); ok {
		return v
	}
	v := s.db.Load(key)
	s.cache.Set(key, v)
	return v
}

// UpdateWrong 是错误的做法：写缓存后 FLUSHDB。
func (s *Service) UpdateWrong(key, v string) {
	s.db.Update(key, v)
	s.cache.Set(key, v)
	s.cache.FlushDB() // 清掉的是所有 key，而不是“同步其他节点”
}

// UpdateRight 是 Cache-Aside 的写路径：先更新数据库，再只删除这一个 key。
func (s *Service) UpdateRight(key, v string) {
	s.db.Update(key, v)
	s.cache.Del(key)
}

func setup() *Service {
	db := &DB{rows: map[string]string{}}
	for i := 0; i < 1000; i++ {
		db.rows[fmt.Sprintf("item:%d", i)] = fmt.Sprintf("v1-%d", i)
	}
	s := &Service{cache: newMemCache(), db: db}
	for i := 0; i < 1000; i++ { // 预热：1000 个 key 都在缓存里
		s.Get(fmt.Sprintf("item:%d", i))
	}
	db.loads = 0
	return s
}

// readAll 模拟更新之后每个 key 被读 10 次。
func readAll(s *Service) {
	keys := make([]string, 0, len(s.db.rows))
	for k := range s.db.rows {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for round := 0; round < 10; round++ {
		for _, k := range keys {
			s.Get(k)
		}
	}
}

func main() {
	fmt.Println("== 错误做法：SET 后 FLUSHDB ==")
	s := setup()
	fmt.Println("更新前缓存中的 key 数:", s.cache.DBSize())
	s.UpdateWrong("item:42", "v2-42")
	fmt.Println("更新后缓存中的 key 数:", s.cache.DBSize())
	readAll(s)
	fmt.Println("随后 10000 次读取的回源次数:", s.db.loads)
	fmt.Println("item:42 =", s.Get("item:42"))

	fmt.Println("== Cache-Aside：更新数据库后只删除这个 key ==")
	s = setup()
	s.UpdateRight("item:42", "v2-42")
	fmt.Println("更新后缓存中的 key 数:", s.cache.DBSize())
	readAll(s)
	fmt.Println("随后 10000 次读取的回源次数:", s.db.loads)
	fmt.Println("item:42 =", s.Get("item:42"))
}
