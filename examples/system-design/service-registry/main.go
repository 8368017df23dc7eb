// 服务注册与发现：租约 TTL + KeepAlive 续约 + 前缀 Get + Watch。
// 常见示例调用了不存在的 etcd API，且注册时没有租约（实例崩溃后地址永远留在注册中心）。
// 这里把 etcd 客户端换成小接口 Registry，用带假时钟的内存实现运行；
// 方法对应 etcd v3 的 Grant / Put(WithLease) / KeepAlive / Get(WithPrefix) / Watch(WithPrefix, WithRev)。
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type LeaseID int64

type KV struct{ Key, Value string }

type Event struct {
	Type       string // PUT 或 DELETE
	Key, Value string
	Rev        int64
}

type Registry interface {
	Grant(ttl time.Duration) LeaseID
	Put(key, value string, lease LeaseID) (int64, error)
	KeepAlive(lease LeaseID) error
	Get(prefix string) ([]KV, int64)
	Watch(prefix string, fromRev int64, fn func(Event))
}

var ErrLeaseNotFound = errors.New("requested lease not found")

type lease struct {
	ttl       time.Duration
	lastRenew time.Duration
	keys      []string
}

type watcher struct {
	prefix  string
	fromRev int64
	fn      func(Event)
}

type memRegistry struct {
	now      time.Duration
	rev      int64
	nextID   LeaseID
	kv       map[string]string
	leases   map[LeaseID]*lease
	watchers []watcher
}

func newMemRegistry() *memRegistry {
	return &memRegistry{kv: map[string]string{}, leases: map[LeaseID]*lease{}}
}

func (r *memRegistry) Grant(ttl time.Duration) LeaseID {
	r.nextID++
	r.leases[r.nextID] = &lease{ttl: ttl, lastRenew: r.now}
	return r.nextID
}

func (r *memRegistry) Put(key, value string, id LeaseID) (int64, error) {
	l, ok := r.leases[id]
	if !ok {
		return 0, ErrLeaseNotFound
	}
	l.keys = append(l.keys, key)
	r.kv[key] = value
	r.rev++
	r.notify(Event{Type: "PUT", Key: key, Value: value, Rev: r.rev})
	return r.rev, nil
}

func (r *memRegistry) KeepAlive(id LeaseID) error {
	l, ok := r.leases[id]
	if !ok {
		return ErrLeaseNotFound
	}
	l.lastRenew = r.now
	return nil
}

func (r *memRegistry) Get(prefix string) ([]KV, int64) {
	var out []KV
	for k, v := range r.kv {
		if strings.HasPrefix(k, prefix) {
			out = append(out, KV{k, v})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, r.rev
}

func (r *memRegistry) Watch(prefix string, fromRev int64, fn func(Event)) {
	r.watchers = append(r.watchers, watcher{prefix, fromRev, fn})
}

func (r *memRegistry) notify(e Event) {
	for _, w := range r.watchers {
		if strings.HasPrefix(e.Key, w.prefix) && e.Rev >= w.fromRev {
			w.fn(e)
		}
	}
}

// Advance 推进时钟，并删除已过期租约及其绑定的所有 key。
func (r *memRegistry) Advance(d time.Duration) {
	r.now += d
	ids := make([]LeaseID, 0, len(r.leases))
	for id := range r.leases {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		l := r.leases[id]
		if r.now-l.lastRenew < l.ttl {
			continue
		}
		delete(r.leases, id)
		for _, k := range l.keys {
			if _, ok := r.kv[k]; ok {
				delete(r.kv, k)
				r.rev++
				r.notify(Event{Type: "DELETE", Key: k, Rev: r.rev})
			}
		}
	}
}

// instance 是一个服务实例：启动时注册，之后每 3 秒续约一次。
type instance struct {
	name, addr string
	lease      LeaseID
	crashed    bool
}

const prefix = "/services/order/"

func (in *instance) register(reg Registry, ttl time.Duration) {
	in.lease = reg.Grant(ttl)
	if _, err := reg.Put(prefix+in.name, in.addr, in.lease); err != nil {
		fmt.Println("register error:", err)
	}
}

func main() {
	reg := newMemRegistry()
	ttl := 10 * time.Second
	sec := func() int { return int(reg.now / time.Second) }

	insts := []*instance{{name: "order-1", addr: "10.0.0.5:8080"}, {name: "order-2", addr: "10.0.0.6:8080"}}
	for _, in := range insts {
		in.register(reg, ttl)
	}

	// 调用方（网关）：先全量 Get，再从下一个 revision 开始 Watch 增量
	local := map[string]string{}
	kvs, rev := reg.Get(prefix)
	for _, kv := range kvs {
		local[strings.TrimPrefix(kv.Key, prefix)] = kv.Value
	}
	fmt.Printf("t=%2ds gateway Get rev=%d instances=%v\n", sec(), rev, names(local))
	reg.Watch(prefix, rev+1, func(e Event) {
		name := strings.TrimPrefix(e.Key, prefix)
		if e.Type == "PUT" {
			local[name] = e.Value
		} else {
			delete(local, name)
		}
		fmt.Printf("t=%2ds watch %-6s %s rev=%d -> instances=%v\n", sec(), e.Type, name, e.Rev, names(local))
	})

	keepalives := 0
	for step := 1; step <= 24; step++ {
		reg.Advance(time.Second)
		t := sec()
		if t == 7 {
			insts[1].crashed = true // order-2 进程卡死，不再续约
			fmt.Printf("t=%2ds order-2 crashed (last keepalive at t=6s)\n", t)
		}
		if t == 12 {
			in := &instance{name: "order-3", addr: "10.0.0.7:8080"}
			insts = append(insts, in)
			in.register(reg, ttl)
		}
		if t == 20 {
			// order-2 恢复：旧租约已过期，续约失败后重新申请租约并注册
			insts[1].crashed = false
			if err := reg.KeepAlive(insts[1].lease); err != nil {
				fmt.Printf("t=%2ds order-2 keepalive lease=%d: %v -> re-register\n", t, insts[1].lease, err)
				insts[1].register(reg, ttl)
			}
		}
		if t%3 == 0 {
			for _, in := range insts {
				if !in.crashed && reg.KeepAlive(in.lease) == nil {
					keepalives++
				}
			}
		}
	}
	kvs, rev = reg.Get(prefix)
	fmt.Printf("t=%2ds final rev=%d keepalives=%d registry=%v\n", sec(), rev, keepalives, kvs)
}

func names(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
