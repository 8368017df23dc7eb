// 令牌桶限流：惰性补充、按容量封顶。
// 为了让输出确定，时间由调用方传入（假时钟），而不是读 time.Now()。
package main

import (
	"fmt"
	"time"
)

type TokenBucket struct {
	capacity float64       // 桶最多存多少个令牌，决定允许的突发量
	rate     float64       // 每秒补充多少个令牌，决定长期平均速率
	tokens   float64       // 当前令牌数（可以是小数）
	last     time.Duration // 上次补充的时间点
}

func NewTokenBucket(capacity, ratePerSec float64, now time.Duration) *TokenBucket {
	// 新建时桶是满的：允许一开始就有一次突发
	return &TokenBucket{capacity: capacity, rate: ratePerSec, tokens: capacity, last: now}
}

// refill 按距离上次补充经过的时间计算应补充的令牌，不需要后台定时器。
func (b *TokenBucket) refill(now time.Duration) {
	elapsed := (now - b.last).Seconds()
	if elapsed > 0 {
		b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
		b.last = now
	}
}

// Allow 尝试取一个令牌，取不到立即返回 false（非阻塞用法）。
func (b *TokenBucket) Allow(now time.Duration) bool {
	b.refill(now)
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

// WaitTime 返回还要等多久才会有一个令牌（阻塞用法可以先睡这么久）。
func (b *TokenBucket) WaitTime(now time.Duration) time.Duration {
	b.refill(now)
	if b.tokens >= 1 {
		return 0
	}
	return time.Duration((1 - b.tokens) / b.rate * float64(time.Second))
}

func main() {
	ms := time.Millisecond
	bucket := NewTokenBucket(5, 2, 0) // 容量 5，每秒 2 个

	// 请求到达时间：开头 8 个突发，随后稀疏到达，空闲 3 秒后再来 7 个突发
	arrivals := []time.Duration{0, 0, 0, 0, 0, 0, 0, 0, 500 * ms, 1000 * ms, 1100 * ms, 1200 * ms,
		4000 * ms, 4000 * ms, 4000 * ms, 4000 * ms, 4000 * ms, 4000 * ms, 4000 * ms}

	allowed, denied := 0, 0
	for i, t := range arrivals {
		ok := bucket.Allow(t)
		result := "allow"
		if ok {
			allowed++
		} else {
			denied++
			result = "deny"
		}
		fmt.Printf("t=%4dms  #%02d  %-5s  tokens=%.1f\n", t.Milliseconds(), i+1, result, bucket.tokens)
	}
	fmt.Printf("allowed=%d denied=%d\n", allowed, denied)
	fmt.Printf("wait at t=4000ms: %dms\n", bucket.WaitTime(4000*ms).Milliseconds())
	fmt.Printf("tokens after 10s idle: %.1f (capped at capacity)\n", func() float64 { bucket.refill(14000 * ms); return bucket.tokens }())
}
