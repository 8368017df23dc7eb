// 并发服务程序的骨架：accept 循环 + 每个连接一个 goroutine + 并发上限 + panic 隔离 + 优雅退出。
// 真实程序用 net.Listen；这里把监听器抽象成 Listener 接口，用内存实现（channel 驱动）代替真实的网络监听器。
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// ---- 与 net.Listener / net.Conn 对应的最小接口 ----

type Conn interface {
	Read() (string, error)
	Write(resp string) error
	Close() error
}

type Listener interface {
	Accept() (Conn, error)
	Close() error
}

var ErrClosed = errors.New("listener closed")

// ---- 内存实现 ----

type memConn struct {
	req  string
	resp chan string
}

func (c *memConn) Read() (string, error)   { return c.req, nil }
func (c *memConn) Write(resp string) error { c.resp <- resp; return nil }
func (c *memConn) Close() error            { close(c.resp); return nil }

type memListener struct {
	conns     chan *memConn
	done      chan struct{}
	closeOnce sync.Once
}

func newMemListener() *memListener {
	return &memListener{conns: make(chan *memConn), done: make(chan struct{})}
}

func (l *memListener) Accept() (Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		return nil, ErrClosed
	}
}

func (l *memListener) Close() error {
	l.closeOnce.Do(func() { close(l.done) })
	return nil
}

// Dial 模拟客户端建立连接并发送一个请求，返回读取响应的 channel。
func (l *memListener) Dial(req string) (<-chan string, error) {
	c := &memConn{req: req, resp: make(chan string, 1)}
	select {
	case l.conns <- c:
		return c.resp, nil
	case <-l.done:
		return nil, ErrClosed
	}
}

// ---- 服务端 ----

type Server struct {
	sem          chan struct{} // 并发上限
	wg           sync.WaitGroup
	serveDone    chan struct{} // Serve 的 accept 循环退出后关闭
	active, peak atomic.Int32
}

func NewServer(limit int) *Server {
	return &Server{sem: make(chan struct{}, limit), serveDone: make(chan struct{})}
}

func (s *Server) Serve(l Listener) error {
	defer close(s.serveDone) // 之后不会再有 wg.Add
	for {
		conn, err := l.Accept()
		if err != nil {
			return err // 监听器关闭：停止接入
		}
		s.sem <- struct{}{} // 满了就等，不再 Accept 新连接
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer func() { <-s.sem }()
			s.handle(conn)
		}()
	}
}

func (s *Server) handle(conn Conn) {
	defer conn.Close()
	defer func() { // 一个请求 panic 不能打崩整个服务
		if p := recover(); p != nil {
			conn.Write("500 internal error")
		}
	}()
	n := s.active.Add(1)
	defer s.active.Add(-1)
	for p := s.peak.Load(); n > p && !s.peak.CompareAndSwap(p, n); p = s.peak.Load() {
	}

	req, _ := conn.Read()
	switch req {
	case "boom":
		panic("handler bug")
	case "slow":
		time.Sleep(100 * time.Millisecond)
	default:
		time.Sleep(50 * time.Millisecond)
	}
	conn.Write("200 echo " + req)
}

// Shutdown 停止接入并等待在途连接处理完，ctx 到期则放弃等待。
// 先等 accept 循环退出，再 wg.Wait：否则循环里刚 Accept 的连接可能在 Wait 开始后才 Add(1)，
// 违反 WaitGroup “计数从 0 加上去的 Add 要发生在 Wait 之前”的规则，这个连接就不会被等待。
func (s *Server) Shutdown(ctx context.Context, l Listener) error {
	l.Close()
	select {
	case <-s.serveDone:
	case <-ctx.Done():
		return ctx.Err()
	}
	done := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	l := newMemListener()
	srv := NewServer(3)
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(l) }()

	// 8 个客户端同时请求，其中一个触发 handler 的 panic
	reqs := []string{"a", "b", "c", "d", "e", "f", "g", "boom"}
	resps := make([]string, len(reqs))
	var cwg sync.WaitGroup
	for i, r := range reqs {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			ch, err := l.Dial(r)
			if err != nil {
				resps[i] = r + " -> " + err.Error()
				return
			}
			resps[i] = r + " -> " + <-ch
		}()
	}
	cwg.Wait()
	sort.Strings(resps)
	for _, r := range resps {
		fmt.Println(r)
	}
	fmt.Println("peak concurrent handlers:", srv.peak.Load(), "(limit 3)")

	// 优雅退出：一个慢请求在途时开始 Shutdown，Shutdown 要等它处理完
	slow, _ := l.Dial("slow") // Dial 返回时连接已被 Accept
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	fmt.Println("shutdown:", srv.Shutdown(ctx, l))
	fmt.Println("in-flight request got:", <-slow)
	fmt.Println("Serve returned:", <-serveErr)
	_, err := l.Dial("late")
	fmt.Println("dial after shutdown:", err)
}
