// 定时任务“分布式同步”：每个节点都跑无条件 UPDATE 的写法，与“租约 + 按周期幂等”的写法，
// 以及 job_lease 的 UPDATE 把 owner 写在 fence 前面时 fencing token 永远不加一的问题。
// 真实代码用 database/sql 执行页面上的 SQL；这里用内存实现代替真实的 MySQL，时间单位为秒。
package main

import "fmt"

type DB interface {
	// IncrementAll 对应 UPDATE table_name SET column_name = column_name + 1（无 WHERE、无协调）。
	IncrementAll()
	// TryLease 对应 UPDATE job_lease SET ... WHERE job = ? AND (expires_at < now OR owner = me)，影响 1 行即成功。
	// fenceFirst 表示 SET 子句里 fence 写在 owner 前面。
	TryLease(owner string, now, ttl int64, fenceFirst bool) (ok bool, fence int64, expiresAt int64)
	// IncrementForPeriod 对应 UPDATE stat SET value = value + 1, last_period = ?, fence = ?
	// WHERE last_period < ? AND fence <= ?。
	IncrementForPeriod(period, fence int64) bool
	Value() int64
}

type memDB struct {
	owner      string
	expiresAt  int64
	fence      int64
	value      int64
	lastPeriod int64
	statFence  int64
}

func (m *memDB) IncrementAll() { m.value++ }

func (m *memDB) TryLease(owner string, now, ttl int64, fenceFirst bool) (bool, int64, int64) {
	if !(m.expiresAt < now || m.owner == owner) { // WHERE 条件不满足：影响 0 行
		return false, m.fence, m.expiresAt
	}
	// MySQL 单表 UPDATE 按从左到右赋值，后面的表达式看到的是前面已经改过的列。
	if fenceFirst {
		if m.owner != owner { // fence = fence + IF(owner = me, 0, 1)：owner 还是旧值
			m.fence++
		}
		m.owner = owner
	} else {
		m.owner = owner
		if m.owner != owner { // owner 已经改成 me，条件永远为假
			m.fence++
		}
	}
	m.expiresAt = now + ttl
	return true, m.fence, m.expiresAt
}

func (m *memDB) IncrementForPeriod(period, fence int64) bool {
	if m.lastPeriod >= period || fence < m.statFence {
		return false
	}
	m.value++
	m.lastPeriod = period
	m.statFence = fence
	return true
}

func (m *memDB) Value() int64 { return m.value }

var nodes = []string{"node-1", "node-2", "node-3"}

func naiveVersion() {
	fmt.Println("== 无协调写法：每个节点每分钟执行一次无条件 UPDATE ==")
	db := &memDB{}
	for minute := 1; minute <= 3; minute++ {
		for range nodes {
			db.IncrementAll()
		}
	}
	fmt.Printf("3 个节点运行 3 分钟后 value = %d（本意是每分钟加 1，期望 3）\n", db.Value())
}

func columnOrder() {
	fmt.Println("== job_lease 的列顺序：node-1 持有后过期，node-2 接手 ==")
	for _, fenceFirst := range []bool{false, true} {
		db := &memDB{}
		_, f1, _ := db.TryLease("node-1", 10, 45, fenceFirst)
		_, f2, _ := db.TryLease("node-2", 70, 45, fenceFirst)
		order := "SET owner = ..., fence = ..."
		if fenceFirst {
			order = "SET fence = ..., owner = ..."
		}
		fmt.Printf("%s：node-1 的 fence=%d，node-2 的 fence=%d，递增: %t\n", order, f1, f2, f2 > f1)
	}
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
			ok, fence, exp := db.TryLease(n, t, 45, true)
			if !ok {
				fmt.Printf("t=%d %s 抢租约失败（租约到 t=%d）\n", t, n, exp)
				continue
			}
			applied := db.IncrementForPeriod(period, fence)
			fmt.Printf("t=%d %s 持有租约 fence=%d，执行周期 %d，生效: %t\n", t, n, fence, period, applied)
		}
	}
	fmt.Printf("value = %d（3 个周期各生效一次）\n", db.Value())
}

func main() {
	naiveVersion()
	columnOrder()
	leasedVersion()
}
