// etcd 分布式锁：网上常见的 etcdsync（v2 API）示例逻辑的两个 bug，以及 v3 concurrency.Mutex 的正确做法。
// 真实代码使用 go.etcd.io/etcd/client/v3 与 client/v3/concurrency；
// 这里把用到的能力（租约、全局 revision、条件写入、按 key 的删除 watch）抽象成 KV 接口，
// 用单线程的内存实现和假时钟运行，输出是确定的。
package main

import (
	"errors"
	"fmt"
	"sort"
)

type KeyValue struct {
	Key            string
	Value          string
	CreateRevision int64
	Lease          int64
}

type KV interface {
	Grant(ttlMs int64) int64                                // 创建租约，返回租约 ID
	StopKeepAlive(lease int64)                              // 客户端不再续约（崩溃或卡住）
	PutIfAbsent(key, val string, lease int64) (bool, int64) // Txn: If(CreateRevision(key)==0).Then(Put)
	Delete(key string)                                      // 删除 key
	GetPrefix(prefix string) []KeyValue                     // 按 CreateRevision 升序
	WatchDelete(key string, fn func(action string))         // key 被删除或过期时回调一次
	Now() int64
}

type lease struct {
	ttl, expireAt int64
	renewing      bool
}

type memEtcd struct {
	now      int64
	rev      int64
	nextID   int64
	kvs      map[string]KeyValue
	leases   map[int64]*lease
	watchers map[string][]func(string)
}

func newMemEtcd() *memEtcd {
	return &memEtcd{rev: 1, kvs: map[string]KeyValue{}, leases: map[int64]*lease{}, watchers: map[string][]func(string){}}
}

func (m *memEtcd) Now() int64 { return m.now }

func (m *memEtcd) Grant(ttlMs int64) int64 {
	m.nextID++
	m.leases[m.nextID] = &lease{ttl: ttlMs, expireAt: m.now + ttlMs, renewing: true}
	return m.nextID
}

func (m *memEtcd) StopKeepAlive(id int64) {
	if l, ok := m.leases[id]; ok {
		l.renewing = false
		l.expireAt = m.now + l.ttl // 最后一次续约发生在此刻
	}
}

func (m *memEtcd) PutIfAbsent(key, val string, leaseID int64) (bool, int64) {
	if kv, ok := m.kvs[key]; ok {
		return false, kv.CreateRevision
	}
	m.rev++
	m.kvs[key] = KeyValue{Key: key, Value: val, CreateRevision: m.rev, Lease: leaseID}
	return true, m.rev
}

func (m *memEtcd) remove(key, action string) {
	if _, ok := m.kvs[key]; !ok {
		return
	}
	m.rev++
	delete(m.kvs, key)
	ws := m.watchers[key]
	delete(m.watchers, key)
	for _, fn := range ws {
		fn(action)
	}
}

func (m *memEtcd) Delete(key string) { m.remove(key, "delete") }

func (m *memEtcd) GetPrefix(prefix string) []KeyValue {
	var out []KeyValue
	for k, kv := range m.kvs {
		if len(k) >= len(prefix) && k[:len(prefix)] == prefix {
			out = append(out, kv)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].CreateRevision < out[j].CreateRevision })
	return out
}

func (m *memEtcd) WatchDelete(key string, fn func(string)) {
	m.watchers[key] = append(m.watchers[key], fn)
}

// Advance 推进假时钟；续约中的租约自动延长，停止续约的租约到期后删除它名下的 key。
func (m *memEtcd) Advance(to int64) {
	m.now = to
	ids := make([]int64, 0, len(m.leases))
	for id := range m.leases {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		l := m.leases[id]
		if l.renewing {
			l.expireAt = m.now + l.ttl
			continue
		}
		if l.expireAt <= m.now {
			delete(m.leases, id)
			for _, kv := range m.GetPrefix("") {
				if kv.Lease == id {
					fmt.Printf("t=%d 租约 %d 到期，删除 %s\n", m.now, id, kv.Key)
					m.remove(kv.Key, "expire")
				}
			}
		}
	}
}

// ---------------- 第一部分：etcdsync 示例的 v2 逻辑 ----------------

// seedLock 复刻 etcdsync 的 lock()：创建失败就 watch，收到删除/过期事件直接“成功”。
func seedLock(kv KV, name string, holders map[string]bool) {
	l := kv.Grant(10000)
	if ok, _ := kv.PutIfAbsent("/lock", name, l); ok {
		fmt.Printf("t=%d %s 创建 /lock: 成功\n", kv.Now(), name)
		holders[name] = true
		return
	}
	fmt.Printf("t=%d %s 创建 /lock: 已存在，watch /lock\n", kv.Now(), name)
	kv.WatchDelete("/lock", func(action string) {
		// BUG：没有重新创建 key，就把“锁被释放”当成“我拿到了锁”
		fmt.Printf("t=%d %s 收到 %s 事件，返回加锁成功\n", kv.Now(), name, action)
		holders[name] = true
	})
}

// seedLockRetry 复刻 etcdsync 的 Lock()：m.lock() 的错误被丢弃，返回的命名返回值 err 从未赋值。
func seedLockRetry(try func() error) (err error) {
	for i := 1; i <= 3; i++ {
		if try() == nil {
			return nil
		}
	}
	return err
}

// fixedLockRetry 保存并返回最后一次错误。
func fixedLockRetry(try func() error) error {
	var err error
	for i := 1; i <= 3; i++ {
		if err = try(); err == nil {
			return nil
		}
	}
	return err
}

func partSeed() {
	fmt.Println("== etcdsync 示例的逻辑（v2 API）==")
	kv := newMemEtcd()
	holders := map[string]bool{}
	seedLock(kv, "A", holders)
	seedLock(kv, "B", holders)
	seedLock(kv, "C", holders)
	kv.StopKeepAlive(1) // A 卡住（例如长 GC），不再续约
	kv.Advance(10000)
	var names []string
	for n := range holders {
		if n != "A" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	fmt.Printf("A 之外认为自己持锁的客户端: %v，etcd 中 /lock 仍存在: %t\n", names, len(kv.GetPrefix("/lock")) > 0)

	unavailable := func() error { return errors.New("etcd unavailable") }
	fmt.Printf("原 Lock() 三次都失败后返回: %v\n", seedLockRetry(unavailable))
	fmt.Printf("修正后的 Lock() 返回: %v\n", fixedLockRetry(unavailable))
}

// ---------------- 第二部分：v3 concurrency.Mutex 的做法 ----------------

type client struct {
	name  string
	lease int64
	key   string
	rev   int64
	gone  bool
}

const prefix = "/lock/order-42/"

// lock 对应 Mutex.Lock：写入 前缀+租约ID，revision 最小者持锁，否则 watch 前一个 key。
func lock(kv KV, c *client, onAcquire func(c *client)) {
	c.lease = kv.Grant(10000)
	c.key = fmt.Sprintf("%s%x", prefix, c.lease)
	_, c.rev = kv.PutIfAbsent(c.key, c.name, c.lease)
	fmt.Printf("t=%d %s 写入 %s，CreateRevision=%d\n", kv.Now(), c.name, c.key, c.rev)
	check(kv, c, onAcquire)
}

func check(kv KV, c *client, onAcquire func(c *client)) {
	if c.gone {
		return
	}
	kvs := kv.GetPrefix(prefix)
	if kvs[0].Key == c.key {
		fmt.Printf("t=%d %s 持有锁，fencing token=%d\n", kv.Now(), c.name, c.rev)
		onAcquire(c)
		return
	}
	var prev KeyValue // CreateRevision 小于自己的最后一个 key
	for _, x := range kvs {
		if x.CreateRevision < c.rev {
			prev = x
		}
	}
	fmt.Printf("t=%d %s 等待，watch 前一个 key %s（%s）\n", kv.Now(), c.name, prev.Key, prev.Value)
	kv.WatchDelete(prev.Key, func(string) { check(kv, c, onAcquire) })
}

func partV3() {
	fmt.Println("== v3 写法：租约 + revision + watch 前一个 key ==")
	kv := newMemEtcd()
	var order []string
	acquired := func(c *client) { order = append(order, c.name) }
	a := &client{name: "A"}
	b := &client{name: "B"}
	d := &client{name: "D"}
	c := &client{name: "C"}
	lock(kv, a, acquired)
	lock(kv, b, acquired)
	lock(kv, d, acquired)
	lock(kv, c, acquired)

	kv.Advance(1000)
	fmt.Printf("t=%d D 等不及，取消等待并删除自己的 key\n", kv.Now())
	d.gone = true
	kv.Delete(d.key)

	kv.Advance(2000)
	fmt.Printf("t=%d A 解锁\n", kv.Now())
	kv.Delete(a.key)

	kv.Advance(3000)
	fmt.Printf("t=%d B 进程崩溃，租约停止续约\n", kv.Now())
	kv.StopKeepAlive(b.lease)
	kv.Advance(13000)
	fmt.Printf("持锁顺序: %v\n", order)
}

func main() {
	partSeed()
	partV3()
}
