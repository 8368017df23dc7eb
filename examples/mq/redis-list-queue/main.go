// Redis List 做任务队列：RPUSH/BLPOP 的简单队列，以及 BLMOVE 到“处理中列表”的可靠队列。
// 程序写在一个小接口 ListStore 上，方法与 go-redis v9 的命令一一对应；
// 这里用内存实现代替真实的 Redis，换成真实 Redis 时实现同一接口即可。
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrNil 对应 go-redis 的 redis.Nil：列表为空或阻塞超时。
var ErrNil = errors.New("redis: nil")

type ListStore interface {
	RPush(ctx context.Context, key string, values ...string) (int64, error)
	BLPop(ctx context.Context, timeout time.Duration, key string) (string, error)
	BLMove(ctx context.Context, src, dst, srcPos, dstPos string, timeout time.Duration) (string, error)
	LMove(ctx context.Context, src, dst, srcPos, dstPos string) (string, error)
	LRem(ctx context.Context, key string, count int64, value string) (int64, error)
	LRange(ctx context.Context, key string) ([]string, error)
}

// memRedis 是内存版的 Redis 列表：每次写入都关闭并替换 changed channel，唤醒阻塞的读者。
type memRedis struct {
	mu      sync.Mutex
	lists   map[string][]string
	changed chan struct{}
	onBlock func() // 可选：第一次进入阻塞等待时调用一次，让演示能确定“消费者已经在等了”
}

func newMemRedis() *memRedis {
	return &memRedis{lists: map[string][]string{}, changed: make(chan struct{})}
}

func (r *memRedis) notify() {
	close(r.changed)
	r.changed = make(chan struct{})
}

func (r *memRedis) RPush(_ context.Context, key string, values ...string) (int64, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.lists[key] = append(r.lists[key], values...)
	r.notify()
	return int64(len(r.lists[key])), nil
}

// move 在持有锁时执行 LMOVE 语义；dst 为空表示只弹出（LPOP）。
func (r *memRedis) move(src, dst, srcPos, dstPos string) (string, bool) {
	l := r.lists[src]
	if len(l) == 0 {
		return "", false
	}
	var v string
	if srcPos == "LEFT" {
		v, r.lists[src] = l[0], l[1:]
	} else {
		v, r.lists[src] = l[len(l)-1], l[:len(l)-1]
	}
	if dst != "" {
		if dstPos == "LEFT" {
			r.lists[dst] = append([]string{v}, r.lists[dst]...)
		} else {
			r.lists[dst] = append(r.lists[dst], v)
		}
	}
	return v, true
}

// blocking 反复尝试 try，列表为空时等待下一次写入或超时。
func (r *memRedis) blocking(ctx context.Context, timeout time.Duration, try func() (string, bool)) (string, error) {
	deadline := time.After(timeout)
	for {
		r.mu.Lock()
		v, ok := try()
		wait := r.changed
		r.mu.Unlock()
		if ok {
			return v, nil
		}
		r.mu.Lock()
		if f := r.onBlock; f != nil {
			r.onBlock = nil
			f()
		}
		r.mu.Unlock()
		select {
		case <-wait:
		case <-deadline:
			return "", ErrNil
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
}

func (r *memRedis) BLPop(ctx context.Context, timeout time.Duration, key string) (string, error) {
	return r.blocking(ctx, timeout, func() (string, bool) { return r.move(key, "", "LEFT", "") })
}

func (r *memRedis) BLMove(ctx context.Context, src, dst, srcPos, dstPos string, timeout time.Duration) (string, error) {
	return r.blocking(ctx, timeout, func() (string, bool) {
		v, ok := r.move(src, dst, srcPos, dstPos)
		if ok {
			r.notify() // dst 多了一个元素，唤醒阻塞在 dst 上的读者
		}
		return v, ok
	})
}

func (r *memRedis) LMove(_ context.Context, src, dst, srcPos, dstPos string) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	v, ok := r.move(src, dst, srcPos, dstPos)
	if !ok {
		return "", ErrNil
	}
	r.notify()
	return v, nil
}

func (r *memRedis) LRem(_ context.Context, key string, count int64, value string) (int64, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var kept []string
	var removed int64
	for _, v := range r.lists[key] {
		if v == value && (count == 0 || removed < count) {
			removed++
			continue
		}
		kept = append(kept, v)
	}
	r.lists[key] = kept
	return removed, nil
}

func (r *memRedis) LRange(_ context.Context, key string) ([]string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string{}, r.lists[key]...), nil
}

func show(rdb ListStore, ctx context.Context, key string) []string {
	l, _ := rdb.LRange(ctx, key)
	return l
}

func main() {
	ctx := context.Background()
	mem := newMemRedis()
	var rdb ListStore = mem

	fmt.Println("== 1. BLPOP blocks until a job arrives ==")
	done := make(chan struct{})
	blocked := make(chan struct{})
	mem.onBlock = func() { close(blocked) }
	go func() {
		v, err := rdb.BLPop(ctx, time.Second, "jobs")
		fmt.Println("consumer: got", v, "err:", err)
		close(done)
	}()
	<-blocked // 等内存实现通知：消费者已经阻塞在 BLPOP 上
	fmt.Println("producer: RPUSH jobs job-1")
	rdb.RPush(ctx, "jobs", "job-1")
	<-done
	_, err := rdb.BLPop(ctx, 100*time.Millisecond, "jobs")
	fmt.Println("consumer: BLPOP on empty list after 100ms ->", err)

	fmt.Println("== 2. simple queue: a crash loses the job ==")
	rdb.RPush(ctx, "jobs", "job-2", "job-3", "job-4")
	for _, step := range []struct {
		worker string
		crash  bool
	}{{"worker-A", false}, {"worker-A", true}, {"worker-B", false}} {
		v, _ := rdb.BLPop(ctx, time.Second, "jobs")
		if step.crash {
			fmt.Println(step.worker+": popped", v, "and crashed")
			continue
		}
		fmt.Println(step.worker+": popped", v, "done")
	}
	fmt.Println("jobs:", show(rdb, ctx, "jobs"), "<- job-3 is gone")

	fmt.Println("== 3. reliable queue: BLMOVE into a per-worker processing list ==")
	rdb.RPush(ctx, "jobs", "job-2", "job-3", "job-4")
	work := func(worker string, crash bool) {
		processing := "processing:" + worker
		v, _ := rdb.BLMove(ctx, "jobs", processing, "LEFT", "RIGHT", time.Second)
		if crash {
			fmt.Println(worker+": moved", v, "to", processing, "and crashed")
			return
		}
		rdb.LRem(ctx, processing, 1, v) // 处理成功后确认
		fmt.Println(worker+": moved", v, "to", processing, "done, LREM")
	}
	work("A", false)
	work("A", true)
	work("B", false)
	fmt.Println("processing:A =", show(rdb, ctx, "processing:A"))
	// 巡检：worker A 心跳超时，把它处理中列表里的任务放回队列头部。
	for {
		v, err := rdb.LMove(ctx, "processing:A", "jobs", "RIGHT", "LEFT")
		if errors.Is(err, ErrNil) {
			break
		}
		fmt.Println("reaper: worker A missed its heartbeat, requeue", v)
	}
	work("B", false)
	fmt.Println("jobs:", show(rdb, ctx, "jobs"), "processing:A:", show(rdb, ctx, "processing:A"),
		"processing:B:", show(rdb, ctx, "processing:B"))
}
