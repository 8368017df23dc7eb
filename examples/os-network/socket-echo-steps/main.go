// 在同一个进程里跑一个 TCP 回显服务端和一个客户端，按顺序打印建立、使用、关闭连接的每一步。
// 只用标准库；监听 127.0.0.1 的随机端口，不访问外部网络。
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	// 服务端：net.Listen 内部依次调用 socket、setsockopt(SO_REUSEADDR)、bind、listen。
	// 端口写 0，由内核挑一个空闲端口。
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	check(err)
	fmt.Println("服务端：socket、bind、listen 完成，监听 socket 进入 LISTEN")

	// 客户端：net.Dial 内部调用 socket、connect。三次握手由内核完成，
	// 所以即使服务端还没有调用 accept，connect 也会成功返回。
	c, err := net.Dial("tcp", ln.Addr().String())
	check(err)
	fmt.Println("客户端：connect 返回，三次握手已由内核完成，此时服务端还没有 accept")

	s, err := ln.Accept()
	check(err)
	fmt.Println("服务端：accept 从全连接队列取出连接，得到一个新的已连接 socket")
	samePort := s.LocalAddr().(*net.TCPAddr).Port == ln.Addr().(*net.TCPAddr).Port
	fmt.Printf("服务端：新 socket 与监听 socket 使用同一个本地端口：%v\n", samePort)

	// 回显服务端：在自己的 goroutine 里逐行读，原样写回，读到 EOF 后关闭。
	done := make(chan struct{})
	go func() {
		defer close(done)
		r := bufio.NewReader(s)
		for {
			line, err := r.ReadString('\n')
			if err == io.EOF {
				fmt.Println("服务端：read 返回 EOF，说明收到了 FIN，本端进入 CLOSE_WAIT")
				break
			}
			check(err)
			fmt.Printf("服务端：read %q，原样写回\n", line)
			_, err = s.Write([]byte(line))
			check(err)
		}
		fmt.Println("服务端：close，发出 FIN，进入 LAST_ACK")
		check(s.Close())
	}()

	// 客户端：发两行，每行等回显。
	r := bufio.NewReader(c)
	for _, msg := range []string{"ping\n", "hello\n"} {
		fmt.Printf("客户端：write %q\n", msg)
		_, err := c.Write([]byte(msg))
		check(err)
		reply, err := r.ReadString('\n')
		check(err)
		fmt.Printf("客户端：read %q\n", reply)
	}

	// 客户端先关闭写方向（半关闭），成为主动关闭方。
	fmt.Println("客户端：shutdown 写方向，发出 FIN，进入 FIN_WAIT_1")
	check(c.(*net.TCPConn).CloseWrite())

	// 继续读，直到服务端的 FIN 到达。
	_, err = r.ReadString('\n')
	if err == io.EOF {
		fmt.Println("客户端：read 返回 EOF，收到服务端的 FIN，回 ACK 后进入 TIME_WAIT")
	}
	check(c.Close())
	<-done
	check(ln.Close())
	fmt.Println("服务端：关闭监听 socket")
}
