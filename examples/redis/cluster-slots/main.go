// Redis Cluster 的槽位计算与重定向：CRC16(XMODEM)(key) mod 16384、哈希标签、
// 3 个主节点的槽位表，以及 MOVED（槽位已换主人）和 ASK（槽位迁移中）两种重定向。
// 这里没有真正的 Redis：节点是内存里的 map，重定向的回复格式与真实集群一致。
package main

import (
	"fmt"
	"strings"
)

const slotCount = 16384

// crc16 是 CRC-16/XMODEM：多项式 0x1021，初值 0，不反转。
func crc16(data string) uint16 {
	var crc uint16
	for i := 0; i < len(data); i++ {
		crc ^= uint16(data[i]) << 8
		for b := 0; b < 8; b++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

// hashPart 实现哈希标签：有 '{' 且其后有 '}'，并且中间非空时，只对花括号里的部分计算。
func hashPart(key string) string {
	s := strings.IndexByte(key, '{')
	if s < 0 {
		return key
	}
	e := strings.IndexByte(key[s+1:], '}')
	if e <= 0 { // 没有 '}'，或者是 "{}"
		return key
	}
	return key[s+1 : s+1+e]
}

func keySlot(key string) int { return int(crc16(hashPart(key)) % slotCount) }

type node struct {
	name      string
	addr      string
	data      map[string]string
	migrating map[int]string // 槽位 -> 目标节点地址（本节点正把这个槽迁出）
	importing map[int]bool   // 本节点正在迁入的槽位
}

type cluster struct {
	nodes  map[string]*node
	owners [slotCount]string // 槽位 -> 负责它的节点地址（服务端视角）
}

// serve 模拟一个节点收到 GET key 时的处理（asking 表示客户端先发了 ASKING）。
func (c *cluster) serve(n *node, key string, asking bool) string {
	slot := keySlot(key)
	if c.owners[slot] != n.addr {
		if n.importing[slot] && asking {
			return c.value(n, key)
		}
		return fmt.Sprintf("-MOVED %d %s", slot, c.owners[slot])
	}
	if target, ok := n.migrating[slot]; ok {
		if _, exists := n.data[key]; !exists { // 键已经迁走了
			return fmt.Sprintf("-ASK %d %s", slot, target)
		}
	}
	return c.value(n, key)
}

func (c *cluster) value(n *node, key string) string {
	if v, ok := n.data[key]; ok {
		return fmt.Sprintf("%q", v)
	}
	return "(nil)"
}

// client 持有自己的槽位缓存；收到 MOVED 更新缓存，收到 ASK 只重定向这一次。
type client struct {
	c     *cluster
	slots [slotCount]string
}

func (cl *client) get(key string) {
	slot := keySlot(key)
	addr := cl.slots[slot]
	fmt.Printf("GET %s（槽 %d）-> %s\n", key, slot, cl.c.nodes[addr].name)
	reply := cl.c.serve(cl.c.nodes[addr], key, false)
	for hop := 0; hop < 3 && strings.HasPrefix(reply, "-"); hop++ {
		fmt.Printf("  %s 回复 %s\n", cl.c.nodes[addr].name, reply)
		parts := strings.Fields(reply)
		addr = parts[2]
		if parts[0] == "-MOVED" {
			cl.slots[slot] = addr
			fmt.Printf("  客户端更新槽位表：槽 %d 归 %s，重发\n", slot, cl.c.nodes[addr].name)
			reply = cl.c.serve(cl.c.nodes[addr], key, false)
		} else {
			fmt.Printf("  客户端向 %s 发 ASKING + GET，不更新槽位表\n", cl.c.nodes[addr].name)
			reply = cl.c.serve(cl.c.nodes[addr], key, true)
		}
	}
	fmt.Printf("  结果 %s\n", reply)
}

func main() {
	fmt.Println("== 槽位计算 ==")
	for _, k := range []string{"foo", "bar", "hello", "user:1", "{user:1}:profile", "{user:1}:orders", "{}foo", "foo{}{bar}"} {
		fmt.Printf("%-18s 哈希部分 %-8q CRC16=0x%04X 槽 %d\n", k, hashPart(k), crc16(hashPart(k)), keySlot(k))
	}

	c := &cluster{nodes: map[string]*node{}}
	specs := []struct {
		name, addr string
		from, to   int
	}{
		{"A", "127.0.0.1:7000", 0, 5460},
		{"B", "127.0.0.1:7001", 5461, 10922},
		{"C", "127.0.0.1:7002", 10923, 16383},
	}
	fmt.Println("== 槽位表 ==")
	for _, s := range specs {
		c.nodes[s.addr] = &node{name: s.name, addr: s.addr, data: map[string]string{}, migrating: map[int]string{}, importing: map[int]bool{}}
		for i := s.from; i <= s.to; i++ {
			c.owners[i] = s.addr
		}
		fmt.Printf("%s %s 槽 %d-%d\n", s.name, s.addr, s.from, s.to)
	}
	for _, kv := range [][2]string{{"foo", "1"}, {"bar", "2"}, {"hello", "world"}, {"{hello}:tmp", "t"}} {
		n := c.nodes[c.owners[keySlot(kv[0])]]
		n.data[kv[0]] = kv[1]
	}

	// 客户端的槽位表是旧的：它以为所有槽都在 A 上
	cl := &client{c: c}
	for i := range cl.slots {
		cl.slots[i] = "127.0.0.1:7000"
	}
	fmt.Println("== MOVED：客户端的槽位表过期 ==")
	cl.get("foo")
	cl.get("foo")

	// 把槽 866 从 A 迁到 C：C 标记 importing，A 标记 migrating，"hello" 已迁走，"{hello}:tmp" 还在 A
	fmt.Println("== ASK：槽 866 正从 A 迁往 C ==")
	a, cn := c.nodes["127.0.0.1:7000"], c.nodes["127.0.0.1:7002"]
	cn.importing[866] = true
	a.migrating[866] = cn.addr
	cn.data["hello"] = a.data["hello"]
	delete(a.data, "hello")
	cl.get("{hello}:tmp")
	cl.get("hello")
	cl.get("hello")

	fmt.Println("== 迁移完成：CLUSTER SETSLOT 866 NODE C ==")
	delete(a.migrating, 866)
	delete(cn.importing, 866)
	cn.data["{hello}:tmp"] = a.data["{hello}:tmp"]
	delete(a.data, "{hello}:tmp")
	c.owners[866] = cn.addr
	cl.get("hello")
	cl.get("hello")
}
