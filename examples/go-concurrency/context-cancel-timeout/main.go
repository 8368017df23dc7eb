// context 的三种用法：取消沿树向下传播、超时让慢操作提前返回、Value 沿父链查找。
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// worker 循环处理，直到 ctx 被取消；返回退出原因。
func worker(ctx context.Context) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
			// 模拟一小段工作
		}
	}
}

// query 模拟一次耗时 cost 的下游调用，遵守 ctx 的截止时间。
func query(ctx context.Context, cost time.Duration) error {
	select {
	case <-time.After(cost):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

type ctxKey string // 未导出的键类型，避免与其他包冲突

func main() {
	// 1. WithCancel：取消父节点，子节点（包括带更长超时的子节点）一起被取消。
	parent, cancel := context.WithCancel(context.Background())
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()

	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, ctx := range []context.Context{parent, child} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = worker(ctx)
		}()
	}
	time.Sleep(30 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println("parent worker stopped:", errs[0])
	fmt.Println("child worker stopped:", errs[1])
	fmt.Println("child canceled by parent:", errors.Is(child.Err(), context.Canceled))

	// 2. WithTimeout：同样 50ms 的预算，快操作成功，慢操作被截止时间打断。
	for _, cost := range []time.Duration{10 * time.Millisecond, 200 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		start := time.Now()
		err := query(ctx, cost)
		cancel() // 用完立即释放计时器
		fmt.Printf("query cost=%v err=%v returned early=%v\n", cost, err, time.Since(start) < 150*time.Millisecond)
	}

	// 3. WithValue：只放请求范围的元数据，查找沿父链向上。
	reqCtx := context.WithValue(context.Background(), ctxKey("traceID"), "t-42")
	dbCtx, cancelDB := context.WithTimeout(reqCtx, time.Second)
	defer cancelDB()
	fmt.Println("traceID seen by db layer:", dbCtx.Value(ctxKey("traceID")))
	fmt.Println("missing key:", dbCtx.Value(ctxKey("user")))
}
