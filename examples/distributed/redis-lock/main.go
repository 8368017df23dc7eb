// Redis 分布式锁：原写法（EXPIRE key 0 释放）的问题与正确写法。
// 真实代码使用 go-redis v9：
//
//	ok, err := rdb.SetNX(ctx, key, token, ttl).Result()          // SET key token PX ttl NX
//	n, err := unlockScript.Run(ctx, rdb, []string{key}, token).Int() // 比较后删除
//
// 这里把用到的命令抽象成 Store 接口，用带过期时间的内存实现运行，时间用假时钟推进。
package main

import "fmt"

// Store 是本例用到的 Redis 命令子集。
type Store interface {
	// SetNXPX 对应 SET key val NX PX ttl：不存在才写入并设置过期，原子执行。
	SetNXPX(key, val string, ttlMs int64) bool
	// Expire 对应 EXPIRE key seconds；seconds <= 0 时 Redis 会直接删除 key。
	Expire(key string, seconds int64) bool
	// CompareAndDelete 对应 Lua：GET 等于 val 才 DEL。
	CompareAndDelete(key, val string) bool
	// CompareAndPExpire 对应 Lua：GET 等于 val 才 PEXPIRE（续期）。
	CompareAndPExpire(key, val string, ttlMs int64) bool
	Get(key string) (string, bool)
}

type entry struct {
	val      string
	expireAt int64
}

// memStore 是单线程的内存实现，代替真实的 Redis，now 是假时钟（毫秒）。
type memStore struct {
	now  int64
	data map[string]entry
}

func newMemStore() *memStore { return &memStore{data: map[string]entry{}} }

func (m *memStore) live(key string) (entry, bool) {
	e, ok := m.data[key]
	if ok && e.expireAt <= m.now {
		delete(m.data, key) // 惰性过期
		return entry{}, false
	}
	return e, ok
}

func (m *memStore) SetNXPX(key, val string, ttlMs int64) bool {
	if _, ok := m.live(key); ok {
		return false
	}
	m.data[key] = entry{val: val, expireAt: m.now + ttlMs}
	return true
}

func (m *memStore) Expire(key string, seconds int64) bool {
	e, ok := m.live(key)
	if !ok {
		return false
	}
	if seconds <= 0 {
		delete(m.data, key)
		return true
	}
	e.expireAt = m.now + seconds*1000
	m.data[key] = e
	return true
}

func (m *memStore) CompareAndDelete(key, val string) bool {
	e, ok := m.live(key)
	if !ok || e.val != val {
		return false
	}
	delete(m.data, key)
	return true
}

func (m *memStore) CompareAndPExpire(key, val string, ttlMs int64) bool {
	e, ok := m.live(key)
	if !ok || e.val != val {
		return false
	}
	e.expireAt = m.now + ttlMs
	m.data[key] = e
	return true
}

func (m *memStore) Get(key string) (string, bool) {
	e, ok := m.live(key)
	return e.val, ok
}

const key = "lock:order:42"

func holder(s Store) string {
	if v, ok := s.Get(key); ok {
		return v
	}
	return "无"
}

// 原写法：所有客户端用同一个 value，释放时 EXPIRE key 0，谁都能删。
func seedVersion() {
	fmt.Println("== 原写法：固定 value，EXPIRE key 0 释放 ==")
	s := newMemStore()
	fmt.Printf("t=%d A 加锁: %t\n", s.now, s.SetNXPX(key, "my_value", 30000))
	s.now = 31000 // A 的业务执行了 31 秒，锁在第 30 秒已过期
	fmt.Printf("t=%d B 加锁: %t\n", s.now, s.SetNXPX(key, "my_value", 30000))
	s.now = 40000 // A 终于做完，按原写法释放
	s.Expire(key, 0)
	fmt.Printf("t=%d A 用 EXPIRE 0 释放后，持有者: %s（B 的锁被删了）\n", s.now, holder(s))
	fmt.Printf("t=%d C 加锁: %t，此时 B 和 C 都在临界区\n", s.now, s.SetNXPX(key, "my_value", 30000))
}

// 正确写法：每个客户端一个唯一 token，比较后删除。
func tokenVersion() {
	fmt.Println("== 正确写法：唯一 token + 比较后删除 ==")
	s := newMemStore()
	// 真实代码的 token 用 crypto/rand 生成 16 字节随机数，这里为了输出确定写成固定值。
	fmt.Printf("t=%d A 加锁(tokenA): %t\n", s.now, s.SetNXPX(key, "tokenA", 30000))
	fmt.Printf("t=%d B 加锁(tokenB): %t\n", s.now, s.SetNXPX(key, "tokenB", 30000))
	s.now = 31000
	fmt.Printf("t=%d B 加锁(tokenB): %t\n", s.now, s.SetNXPX(key, "tokenB", 30000))
	s.now = 40000
	fmt.Printf("t=%d A 比较后删除: %t，持有者仍是: %s\n", s.now, s.CompareAndDelete(key, "tokenA"), holder(s))
	fmt.Printf("t=%d B 比较后删除: %t，持有者: %s\n", s.now, s.CompareAndDelete(key, "tokenB"), holder(s))
}

// 看门狗：业务 45 秒，锁 TTL 30 秒，每 10 秒比较后续期一次。
func watchdogVersion() {
	fmt.Println("== 看门狗续期：TTL 30s，每 10s 续一次，业务耗时 45s ==")
	s := newMemStore()
	fmt.Printf("t=%d A 加锁: %t\n", s.now, s.SetNXPX(key, "tokenA", 30000))
	for t := int64(10000); t <= 45000; t += 5000 {
		s.now = t
		if t%10000 == 0 {
			fmt.Printf("t=%d A 续期: %t\n", t, s.CompareAndPExpire(key, "tokenA", 30000))
		}
		if t == 35000 {
			fmt.Printf("t=%d B 加锁: %t\n", t, s.SetNXPX(key, "tokenB", 30000))
		}
	}
	fmt.Printf("t=%d A 完成并释放: %t，持有者: %s\n", s.now, s.CompareAndDelete(key, "tokenA"), holder(s))
}

func main() {
	seedVersion()
	tokenVersion()
	watchdogVersion()
}
