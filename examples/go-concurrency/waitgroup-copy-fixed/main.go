// 修正 WaitGroup 按值传递的两种写法：传指针，或直接在闭包里引用外层的 wg。
package main

import (
	"fmt"
	"sync"
)

// worker 接收 *sync.WaitGroup：Done 作用在同一个计数器上。
func worker(i int, wg *sync.WaitGroup, out []int) {
	defer wg.Done()
	out[i] = i * i
}

func main() {
	// 写法一：传指针
	var wg sync.WaitGroup
	squares := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go worker(i, &wg, squares)
	}
	wg.Wait()
	fmt.Println("pointer:", squares)

	// 写法二：闭包直接引用外层 wg（Go 1.22 起循环变量 i 每次迭代都是新的一份）
	var wg2 sync.WaitGroup
	doubles := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			doubles[i] = i * 2
		}()
	}
	wg2.Wait()
	fmt.Println("closure:", doubles)
	fmt.Println("exit")
}
