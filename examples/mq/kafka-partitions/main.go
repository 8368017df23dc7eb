// 内存版的 Kafka：Topic 分成多个分区（只追加的日志），生产者按键哈希选分区，
// 消费组把分区分给组内成员，成员处理完一批后提交位点；
// 成员崩溃重启后从已提交的位点继续，处理过但未提交的消息会再来一次，所以消费端要幂等。
// 去重用业务上的事件 ID，而不是“分区@位点”：生产者重发同一事件时会得到新的位点。
// 真实 Kafka 用 murmur2 哈希，这里用标准库的 FNV-1a，原理相同。
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
)

type Record struct {
	ID, Key, Value string // ID 是业务事件 ID（这里用“键:事件”），重发时不变
	Offset         int
}

type Broker struct {
	partitions [][]Record
	committed  map[string]map[int]int // 消费组 -> 分区 -> 下一条要读的位点
}

func NewBroker(numPartitions int) *Broker {
	return &Broker{partitions: make([][]Record, numPartitions), committed: map[string]map[int]int{}}
}

// Produce 按键哈希选分区并追加，返回分区号和位点（相当于 acks 之后拿到的 RecordMetadata）。
func (b *Broker) Produce(key, value string) (int, int) {
	h := fnv.New32a()
	h.Write([]byte(key))
	p := int(h.Sum32() % uint32(len(b.partitions)))
	off := len(b.partitions[p])
	b.partitions[p] = append(b.partitions[p], Record{key + ":" + value, key, value, off})
	return p, off
}

// Fetch 从 offset 开始最多读 max 条。
func (b *Broker) Fetch(p, offset, max int) []Record {
	log := b.partitions[p]
	end := min(offset+max, len(log))
	if offset >= end {
		return nil
	}
	return log[offset:end]
}

// Committed 返回消费组在分区上的已提交位点；新组没有位点时从最早开始（auto.offset.reset=earliest）。
func (b *Broker) Committed(group string, p int) int {
	return b.committed[group][p]
}

func (b *Broker) Commit(group string, p, next int) {
	if b.committed[group] == nil {
		b.committed[group] = map[int]int{}
	}
	b.committed[group][p] = next
}

// Assign 用 range 策略把分区按顺序均分给排好序的成员。
func Assign(members []string, numPartitions int) map[string][]int {
	sort.Strings(members)
	out := map[string][]int{}
	per, extra := numPartitions/len(members), numPartitions%len(members)
	p := 0
	for i, m := range members {
		n := per
		if i < extra {
			n++
		}
		for j := 0; j < n; j++ {
			out[m] = append(out[m], p)
			p++
		}
	}
	return out
}

// Consumer 是组内的一个成员；processed 模拟业务库里的去重表（幂等）。
type Consumer struct {
	Name      string
	Group     string
	broker    *Broker
	processed map[string]bool
}

// consume 处理一个分区：每次拉 batch 条，处理完整批后提交；crashAfter>=0 时处理到第几条就崩溃（不提交）。
func (c *Consumer) consume(p, batch, crashAfter int) bool {
	handled := 0
	for {
		pos := c.broker.Committed(c.Group, p)
		recs := c.broker.Fetch(p, pos, batch)
		if len(recs) == 0 {
			return true
		}
		for _, r := range recs {
			if crashAfter >= 0 && handled == crashAfter {
				fmt.Printf("  %s crashed before committing p%d (committed offset still %d)\n", c.Name, p, pos)
				return false
			}
			if c.processed[r.ID] {
				fmt.Printf("  %s p%d@%d %s=%s already processed (event %s), skip\n", c.Name, p, r.Offset, r.Key, r.Value, r.ID)
			} else {
				c.processed[r.ID] = true
				fmt.Printf("  %s p%d@%d %s=%s processed\n", c.Name, p, r.Offset, r.Key, r.Value)
			}
			handled++
		}
		next := recs[len(recs)-1].Offset + 1
		c.broker.Commit(c.Group, p, next)
		fmt.Printf("  %s commit p%d -> %d\n", c.Name, p, next)
	}
}

func main() {
	const numPartitions = 3
	b := NewBroker(numPartitions)

	fmt.Println("== produce: same key -> same partition ==")
	events := [][2]string{
		{"alice", "created"}, {"dave", "created"}, {"ivan", "created"},
		{"alice", "paid"}, {"bob", "created"}, {"dave", "paid"},
		{"alice", "shipped"}, {"ivan", "paid"}, {"bob", "paid"},
	}
	for _, e := range events {
		p, off := b.Produce(e[0], e[1])
		fmt.Printf("send %s=%s -> p%d@%d\n", e[0], e[1], p, off)
	}

	fmt.Println("== group billing: A and B share the partitions ==")
	assign := Assign([]string{"B", "A"}, numPartitions)
	fmt.Println("assignment:", assign)
	processed := map[string]bool{} // 两个成员共用的去重表（例如数据库唯一索引）
	a := &Consumer{"A", "billing", b, processed}
	bb := &Consumer{"B", "billing", b, processed}
	for _, p := range assign["A"] {
		a.consume(p, 2, -1)
	}
	for _, p := range assign["B"] {
		bb.consume(p, 2, 3) // 处理 3 条后崩溃：第二批只处理了一条，没来得及提交
	}

	fmt.Println("== B restarts and resumes from the committed offset ==")
	for _, p := range assign["B"] {
		bb.consume(p, 2, -1)
	}
	fmt.Println("billing committed:", b.committed["billing"])

	fmt.Println("== producer resends bob=paid after a timeout: same event, new offset ==")
	p, off := b.Produce("bob", "paid")
	fmt.Printf("send bob=paid -> p%d@%d\n", p, off)
	bb.consume(p, 2, -1)

	fmt.Println("== a new group has its own offsets ==")
	total := 0
	for p := 0; p < numPartitions; p++ {
		total += len(b.Fetch(p, b.Committed("analytics", p), 100))
	}
	fmt.Println("analytics (auto.offset.reset=earliest) can read", total, "records; billing is unaffected")
}
