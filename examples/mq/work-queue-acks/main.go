// RabbitMQ 风格的工作队列：prefetch 限制每个消费者手里未确认的消息数，
// ack 后才删除消息，nack 重新入队，消费者断开时未确认的消息重新投递，
// 超过投递次数上限（类似 quorum 队列的 x-delivery-limit）进入死信队列。
// Broker 是内存实现，整个过程按“轮次”推进，输出是确定的。
package main

import (
	"fmt"
	"strings"
)

const deliveryLimit = 3

type Message struct {
	Body       string
	Deliveries int
}

type Consumer struct {
	Name     string
	Prefetch int
	Unacked  []*Message
	Alive    bool
}

type Broker struct {
	queue     []*Message
	consumers []*Consumer
	rr        int // 轮询起点
	dead      []string
	done      []string
}

func (b *Broker) Publish(bodies ...string) {
	for _, body := range bodies {
		b.queue = append(b.queue, &Message{Body: body})
	}
	fmt.Println("publish:", strings.Join(bodies, " "))
}

// dispatch 把队头消息轮询推给还有预取额度的消费者。
func (b *Broker) dispatch() {
	for len(b.queue) > 0 {
		var target *Consumer
		for i := 0; i < len(b.consumers); i++ {
			c := b.consumers[(b.rr+i)%len(b.consumers)]
			if c.Alive && len(c.Unacked) < c.Prefetch {
				target = c
				b.rr = (b.rr + i + 1) % len(b.consumers)
				break
			}
		}
		if target == nil {
			return // 所有消费者的预取额度都满了，消息留在队列里
		}
		m := b.queue[0]
		b.queue = b.queue[1:]
		m.Deliveries++
		target.Unacked = append(target.Unacked, m)
		note := ""
		if m.Deliveries > 1 {
			note = fmt.Sprintf(" (redelivered, attempt %d)", m.Deliveries)
		}
		fmt.Printf("  deliver %s -> %s%s\n", m.Body, target.Name, note)
	}
}

func (b *Broker) remove(c *Consumer, m *Message) {
	for i, x := range c.Unacked {
		if x == m {
			c.Unacked = append(c.Unacked[:i], c.Unacked[i+1:]...)
			return
		}
	}
}

func (b *Broker) Ack(c *Consumer, m *Message) {
	b.remove(c, m)
	b.done = append(b.done, m.Body)
	fmt.Printf("%s: ack %s\n", c.Name, m.Body)
	b.dispatch()
}

func (b *Broker) Nack(c *Consumer, m *Message) {
	b.remove(c, m)
	if m.Deliveries >= deliveryLimit {
		b.dead = append(b.dead, m.Body)
		fmt.Printf("%s: nack %s, delivery limit %d reached -> dead-letter queue\n", c.Name, m.Body, deliveryLimit)
	} else {
		b.queue = append([]*Message{m}, b.queue...)
		fmt.Printf("%s: nack %s, requeue\n", c.Name, m.Body)
	}
	b.dispatch()
}

// ConnectionLost：消费者断开，它手里所有未确认的消息按原顺序回到队头。
func (b *Broker) ConnectionLost(c *Consumer) {
	c.Alive = false
	var names []string
	for _, m := range c.Unacked {
		names = append(names, m.Body)
	}
	fmt.Printf("%s: connection lost, requeue unacked [%s]\n", c.Name, strings.Join(names, " "))
	b.queue = append(append([]*Message{}, c.Unacked...), b.queue...)
	c.Unacked = nil
	b.dispatch()
}

func (b *Broker) idle() bool {
	if len(b.queue) > 0 {
		return false
	}
	for _, c := range b.consumers {
		if len(c.Unacked) > 0 {
			return false
		}
	}
	return true
}

func main() {
	b := &Broker{}
	w1 := &Consumer{Name: "W1", Prefetch: 2, Alive: true}
	w2 := &Consumer{Name: "W2", Prefetch: 2, Alive: true}
	b.consumers = []*Consumer{w1, w2}

	b.Publish("t1", "t2", "t3", "t4", "t5", "t6")
	b.dispatch()

	// 每一轮，每个存活的消费者处理自己最早收到的一条消息：
	// t4 是“毒消息”，总是处理失败；W1 在第 2 轮崩溃。
	for round := 1; !b.idle(); round++ {
		fmt.Printf("-- round %d --\n", round)
		for _, c := range b.consumers {
			if !c.Alive || len(c.Unacked) == 0 {
				continue
			}
			if c == w1 && round == 2 {
				b.ConnectionLost(c)
				continue
			}
			m := c.Unacked[0]
			if m.Body == "t4" {
				b.Nack(c, m)
			} else {
				b.Ack(c, m)
			}
		}
	}
	fmt.Println("processed:", b.done)
	fmt.Println("dead-letter:", b.dead)
}
