package main

import (
	"errors"
	"fmt"
)

// 1. 后进先出
func order() {
	defer fmt.Println("  第 1 个 defer")
	defer fmt.Println("  第 2 个 defer")
	defer fmt.Println("  第 3 个 defer")
	fmt.Println("  函数体结束")
}

// 2. 参数在 defer 语句执行时求值；闭包在真正执行时才读变量
func evalTime() {
	x := 1
	defer fmt.Println("  传参：defer 时已求值，x =", x)
	defer func() { fmt.Println("  闭包：返回时才读取，x =", x) }()
	x = 2
}

// 3. return 先给命名返回值赋值，defer 之后还能修改它
func named() (n int) {
	defer func() { n *= 2 }()
	return 21
}

// 匿名返回值：return n 已经把值复制走，defer 改的是局部变量
func unnamed() int {
	n := 21
	defer func() { n *= 2 }()
	return n
}

// 4. 在 defer 里用 recover 把 panic 变成错误
func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

// 5. 在 defer 里统一给错误加上下文
func load(name string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("load %s: %w", name, err)
		}
	}()
	return errors.New("not found")
}

// 6. 循环里的 defer 闭包：Go 1.22 起每次迭代都有新的 i
func loopClosures() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("  闭包看到的 i =", i) }()
	}
}

// 7. 循环里打开资源：把循环体包成函数，defer 在每次迭代结束时执行
func processAll(names []string) {
	for _, n := range names {
		func() {
			fmt.Println("  open", n)
			defer fmt.Println("  close", n)
			fmt.Println("  use", n)
		}()
	}
}

func main() {
	fmt.Println("1. 执行顺序")
	order()
	fmt.Println("2. 求值时机")
	evalTime()
	fmt.Println("3. 返回值")
	fmt.Println("  named() =", named(), "unnamed() =", unnamed())
	fmt.Println("4. recover")
	q, err := safeDiv(1, 0)
	fmt.Println("  q =", q, "err =", err)
	fmt.Println("5. 包装错误")
	err = load("config.yaml")
	fmt.Println("  err =", err, "| errors.Unwrap =", errors.Unwrap(err))
	fmt.Println("6. 循环里的 defer 闭包")
	loopClosures()
	fmt.Println("7. 每次迭代释放资源")
	processAll([]string{"a.txt", "b.txt"})
}
