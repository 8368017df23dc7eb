// 定时任务“分布式同步”：种子里每个节点都跑无条件 UPDATE 的写法，与“租约 + 按周期幂等”的写法。
// 真实代码用 database/sql 执行页面上的 SQL；这里把两条语句抽象成 DB 接口，用内存实现运行，时间单位为秒。
package main

import "fmt"

type DB interface {
	// IncrementAll 对应种子的 UPDATE table_name SET column_name = column_name + 1（无 WHERE、无协调）。
	IncrementAll()
	// TryLease 对应 UPDATE job_lease ... WHERE job = ? AND (expires_at < now OR owner = me)，影响 1 行即成功。
	TryLease(owner string, now, ttl int64) (ok bool, fence int64, expiresAt int64)
	// IncrementForPeriod 对应 UPDATE stat SET value = value + 1, last_period = ? WHERE last_period < ?。
	IncrementForPeriod(period int64) bool
	Value() int64
}

type memDB struct {
	owner      string
	expiresAt  int64
	fence      int64
	value      int64
	lastPeriod int64
}

func (m *memDB) IncrementAll() { m.value++ }

func (m *memDB) TryLease(owner string, now, ttl int64) (bool, int64, int64) {
	if m.expiresAt >= now && m.owner != owner {
		return false, m.fence, m.expiresAt
	}
	if m.owner != owner {
		m.fence++ // 换主人时 fencing token 加一
		m.owner = owner
	}
	m.expiresAt = now + ttl
	return true, m.fence, m.expiresAt
}

func (m *memDB) IncrementForPeriod(period int64) bool {
	if m.lastPeriod >= period {
		return false
	}
	m.value++
	m.lastPeriod = period
	return true
}

func (m *memDB) Value() int64 { return m.value }

var nodes = []string{"node-1", "node-2", "node-3"}

func seedVersion() {
	fmt.Println("== 种子写法：每个节点每分钟执行一次无条件 UPDATE ==")
	db := &memDB{}
	for minute := 1; minute <= 3; minute++ {
		for range nodes {
			db.IncrementAll()
		}
	}
	fmt.Printf("3 个节点运行 3 分钟后 value = %d（本意是每分钟加 1，期望 3）\n", db.Value())
}

func leasedVersion() {
	fmt.Println("== 租约 + 按周期幂等：每 30 秒检查一次，周期 60 秒，租约 45 秒 ==")
	db := &memDB{}
	down := map[string]bool{}
	for t := int64(60); t <= 180; t += 30 {
		if t == 120 {
			down["node-1"] = true
			fmt.Printf("t=%d node-1 在 t=100 宕机\n", t)
		}
		period := t / 60
		for _, n := range nodes {
			if down[n] {
				continue
			}
			ok, fence, exp := db.TryLease(n, t, 45)
			if !ok {
				fmt.Printf("t=%d %s 抢租约失败（租约到 t=%d）\n", t, n, exp)
				continue
			}
			applied := db.IncrementForPeriod(period)
			fmt.Printf("t=%d %s 持有租约 fence=%d，执行周期 %d，生效: %t\n", t, n, fence, period, applied)
		}
	}
	fmt.Printf("value = %d（3 个周期各生效一次）\n", db.Value())
}

func main() {
	seedVersion()
	leasedVersion()
}
