// 分布式锁 + “事务”的正确组合：锁发 fencing token，数据库在本地事务里校验 token、
// 扣库存、写订单和 outbox；投递任务至少一次地发送，积分服务按消息 ID 幂等消费。
// 真实系统里锁服务是 etcd / ZooKeeper（或 Redis + INCR 发号），数据库是 MySQL，MQ 是 Kafka / RocketMQ；
// 这里都换成小接口的内存实现，时间用假时钟（毫秒）。
package main

import (
	"errors"
	"fmt"
)

// ---------------- 锁服务：租约 + 单调递增的 fencing token ----------------

type LockService interface {
	Acquire(name, owner string, now, ttl int64) (ok bool, token int64)
	Release(name, owner string)
}

type memLocks struct {
	owner     map[string]string
	expiresAt map[string]int64
	nextToken int64
}

func (l *memLocks) Acquire(name, owner string, now, ttl int64) (bool, int64) {
	if o, held := l.owner[name]; held && o != owner && l.expiresAt[name] > now {
		return false, 0
	}
	l.nextToken++
	l.owner[name] = owner
	l.expiresAt[name] = now + ttl
	return true, l.nextToken
}

func (l *memLocks) Release(name, owner string) {
	if l.owner[name] == owner { // 只释放自己的
		delete(l.owner, name)
	}
}

// ---------------- 订单库：一个本地事务里校验 fence、扣库存、写订单和 outbox ----------------

var ErrStaleToken = errors.New("stale fencing token")

type Message struct {
	ID, Payload string
	Sent        bool
}

type OrderDB interface {
	PlaceOrder(sku int, orderID int, user int, fence int64) error
	Stock(sku int) int
	Orders() []int
	Unsent() []*Message
}

type memDB struct {
	stock  map[int]int
	fence  map[int]int64
	orders []int
	outbox []*Message
}

func (d *memDB) PlaceOrder(sku, orderID, user int, fence int64) error {
	// 对应：UPDATE stock SET qty = qty - 1, fence = ? WHERE sku = ? AND qty > 0 AND fence <= ?
	// 只拒绝比已见过的最大号更小的 token：同一个持有者可以用自己的 token 写多次
	if fence < d.fence[sku] {
		return fmt.Errorf("%w %d < %d", ErrStaleToken, fence, d.fence[sku])
	}
	if d.stock[sku] <= 0 {
		return errors.New("sold out")
	}
	// 同一事务：扣库存 + 写订单 + 写 outbox，要么都成功要么都不写
	d.stock[sku]--
	d.fence[sku] = fence
	d.orders = append(d.orders, orderID)
	d.outbox = append(d.outbox, &Message{ID: fmt.Sprintf("%d-points", orderID), Payload: fmt.Sprintf("user=%d points=10", user)})
	return nil
}

func (d *memDB) Stock(sku int) int { return d.stock[sku] }
func (d *memDB) Orders() []int     { return d.orders }

func (d *memDB) Unsent() []*Message {
	var out []*Message
	for _, m := range d.outbox {
		if !m.Sent {
			out = append(out, m)
		}
	}
	return out
}

// ---------------- MQ 与积分服务 ----------------

type Broker interface{ Publish(m Message) }

type pointsService struct {
	seen   map[string]bool
	points map[int]int
}

func (p *pointsService) Publish(m Message) { // 简化：broker 直接投递给唯一的消费者
	if p.seen[m.ID] {
		fmt.Printf("积分服务收到 %s: 重复消息，忽略\n", m.ID)
		return
	}
	p.seen[m.ID] = true // 真实系统：去重表与加积分在同一个本地事务里
	p.points[7] += 10
	fmt.Printf("积分服务收到 %s: 加 10 分\n", m.ID)
}

// relay 扫描未发送的 outbox 记录并投递；crashBeforeMark 模拟发送后、标记前崩溃。
func relay(db OrderDB, mq Broker, round int, crashBeforeMark bool) {
	for _, m := range db.Unsent() {
		mq.Publish(*m)
		if crashBeforeMark {
			fmt.Printf("relay 第 %d 轮: 已发送 %s，标记前崩溃\n", round, m.ID)
			return
		}
		m.Sent = true
		fmt.Printf("relay 第 %d 轮: 已发送 %s，标记为已发送\n", round, m.ID)
	}
}

func main() {
	const sku = 42
	locks := &memLocks{owner: map[string]string{}, expiresAt: map[string]int64{}}
	db := &memDB{stock: map[int]int{sku: 5}, fence: map[int]int64{}}

	fmt.Println("== 锁 + fencing token + 本地事务（含 outbox）==")
	_, tokenA := locks.Acquire("lock:sku:42", "A", 0, 10000)
	fmt.Printf("t=0 A 加锁成功 token=%d，租约 10s，随后 GC 停顿 15s\n", tokenA)
	ok, tokenB := locks.Acquire("lock:sku:42", "B", 5000, 10000)
	fmt.Printf("t=5000 B 加锁: %t\n", ok)
	ok, tokenB = locks.Acquire("lock:sku:42", "B", 11000, 10000)
	fmt.Printf("t=11000 B 加锁: %t，token=%d\n", ok, tokenB)
	if err := db.PlaceOrder(sku, 9002, 7, tokenB); err == nil {
		fmt.Printf("t=11000 B 提交本地事务: 扣库存、写订单 9002、写 outbox，库存剩 %d\n", db.Stock(sku))
	}
	if err := db.PlaceOrder(sku, 9003, 7, tokenB); err == nil {
		fmt.Printf("t=11500 B 用同一个 token=%d 再下一单 9003: 接受，库存剩 %d\n", tokenB, db.Stock(sku))
	}
	locks.Release("lock:sku:42", "B")
	err := db.PlaceOrder(sku, 9001, 8, tokenA)
	fmt.Printf("t=15000 A 醒来，带 token=%d 写库: %v，是否过期 token: %t\n", tokenA, err, errors.Is(err, ErrStaleToken))
	fmt.Printf("库存 = %d，订单 = %v，待投递消息 = %d\n", db.Stock(sku), db.Orders(), len(db.Unsent()))

	fmt.Println("== outbox 投递（至少一次）+ 幂等消费 ==")
	ps := &pointsService{seen: map[string]bool{}, points: map[int]int{}}
	relay(db, ps, 1, true)
	relay(db, ps, 2, false)
	fmt.Printf("用户 7 积分 = %d，待投递消息 = %d\n", ps.points[7], len(db.Unsent()))
}
