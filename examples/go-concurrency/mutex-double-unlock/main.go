// 故意出错的示例：对未加锁的 Mutex 再次 Unlock。
// 这是运行时的 fatal error（不是 panic），recover 拦不住，延迟函数也不会执行，进程以退出码 2 结束。
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("Try to recover the panic") // 不会打印
		if p := recover(); p != nil {
			fmt.Println("recover the panic:", p)
		}
	}()
	var mutex sync.Mutex
	fmt.Println("begin lock")
	mutex.Lock()
	fmt.Println("get locked")
	fmt.Println("unlock lock")
	mutex.Unlock()
	fmt.Println("lock is unlocked")
	fmt.Println("unlock lock again")
	mutex.Unlock() // fatal error: sync: unlock of unlocked mutex
}
