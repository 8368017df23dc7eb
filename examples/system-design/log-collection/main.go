// 分布式日志收集：生产者按服务名选分区写入分区日志，消费者组按分区读取、处理、提交 offset。
// 常见示例用 sarama 同步生产者发一条日志（缺少 log 导入，无法编译）。这里把 Kafka 换成小接口 Broker
// 和一个内存实现：每个分区是只追加的日志，消息的 offset 在分区内从 0 递增。
package main

import (
	"fmt"
	"hash/fnv"
)

type Message struct {
	Partition  int
	Offset     int64
	Key, Value string
}

type Broker interface {
	Produce(topic, key, value string) (partition int, offset int64, err error)
	Fetch(topic string, partition int, offset int64, max int) []Message
	Commit(group, topic string, partition int, offset int64)
	Committed(group, topic string, partition int) int64
	Partitions(topic string) int
}

type memBroker struct {
	topics  map[string][][]Message
	offsets map[string]int64 // group/topic/partition -> 下一条要消费的 offset
}

func newMemBroker() *memBroker {
	return &memBroker{topics: map[string][][]Message{}, offsets: map[string]int64{}}
}

func (b *memBroker) CreateTopic(topic string, partitions int) {
	b.topics[topic] = make([][]Message, partitions)
}

// 与 Kafka 默认分区器的思路相同：同一个 key 总是进同一个分区，保证同一来源的日志有序。
func partitionFor(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func (b *memBroker) Produce(topic, key, value string) (int, int64, error) {
	parts, ok := b.topics[topic]
	if !ok {
		return 0, 0, fmt.Errorf("unknown topic %q", topic)
	}
	p := partitionFor(key, len(parts))
	off := int64(len(parts[p]))
	parts[p] = append(parts[p], Message{Partition: p, Offset: off, Key: key, Value: value})
	return p, off, nil
}

func (b *memBroker) Fetch(topic string, p int, offset int64, max int) []Message {
	log := b.topics[topic][p]
	if offset >= int64(len(log)) {
		return nil
	}
	end := min(offset+int64(max), int64(len(log)))
	return log[offset:end]
}

func (b *memBroker) Commit(group, topic string, p int, offset int64) {
	b.offsets[fmt.Sprintf("%s/%s/%d", group, topic, p)] = offset
}

func (b *memBroker) Committed(group, topic string, p int) int64 {
	return b.offsets[fmt.Sprintf("%s/%s/%d", group, topic, p)] // 没有提交过就从 0 开始
}

func (b *memBroker) Partitions(topic string) int { return len(b.topics[topic]) }

// consume 逐个分区拉取，每批最多 2 条：先处理（写入索引），再提交 offset（至少一次）。
// crashAt 非空时，处理完这条消息所在的批次后、提交之前模拟进程崩溃。
func consume(b Broker, group, topic string, crashAt *Message, processed map[string]int) bool {
	for p := 0; p < b.Partitions(topic); p++ {
		for {
			off := b.Committed(group, topic, p)
			batch := b.Fetch(topic, p, off, 2)
			if len(batch) == 0 {
				break
			}
			crash := false
			for _, m := range batch {
				id := fmt.Sprintf("%d/%d", m.Partition, m.Offset)
				processed[id]++
				dup := ""
				if processed[id] > 1 {
					dup = "  (duplicate)"
				}
				fmt.Printf("  index p=%d off=%d %s: %s%s\n", m.Partition, m.Offset, m.Key, m.Value, dup)
				if crashAt != nil && m.Partition == crashAt.Partition && m.Offset == crashAt.Offset {
					crash = true
				}
			}
			if crash {
				fmt.Printf("  !! consumer crashed before committing offset %d on p=%d\n", batch[len(batch)-1].Offset+1, p)
				return false
			}
			next := batch[len(batch)-1].Offset + 1
			b.Commit(group, topic, p, next)
			fmt.Printf("  commit p=%d offset=%d\n", p, next)
		}
	}
	return true
}

func main() {
	broker := newMemBroker()
	broker.CreateTopic("app-logs", 3)
	var b Broker = broker

	logs := [][2]string{
		{"order-api", "INFO order 1001 created"},
		{"user-api", "INFO user 7 login"},
		{"pay-api", "WARN payment 88 retry"},
		{"order-api", "INFO order 1001 paid"},
		{"pay-api", "ERROR payment 89 timeout"},
		{"user-api", "INFO user 7 logout"},
		{"order-api", "INFO order 1002 created"},
		{"order-api", "ERROR order 1002 stock locked"},
	}
	fmt.Println("produce:")
	for _, l := range logs {
		p, off, err := b.Produce("app-logs", l[0], l[1])
		if err != nil {
			fmt.Println("produce error:", err)
			return
		}
		fmt.Printf("  key=%-9s -> partition=%d offset=%d\n", l[0], p, off)
	}

	processed := map[string]int{}
	crashAt := &Message{Partition: 1, Offset: 1}
	fmt.Println("consumer run 1:")
	consume(b, "log-indexer", "app-logs", crashAt, processed)
	fmt.Println("consumer run 2 (restart from committed offsets):")
	for p := 0; p < b.Partitions("app-logs"); p++ {
		fmt.Printf("  p=%d resume at offset %d\n", p, b.Committed("log-indexer", "app-logs", p))
	}
	consume(b, "log-indexer", "app-logs", nil, processed)

	total, dups := 0, 0
	for _, n := range processed {
		total += n
		dups += n - 1
	}
	fmt.Printf("messages=%d processed=%d duplicates=%d lost=%d\n", len(logs), total, dups, len(logs)-len(processed))
}
