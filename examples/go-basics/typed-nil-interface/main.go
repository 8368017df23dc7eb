// 接口值由“动态类型 + 动态值”两部分组成，两部分都为空才等于 nil。
// 把一个值为 nil 的 *MyError 装进 error，接口的类型部分是 *MyError，于是 err != nil。
package main

import (
	"errors"
	"fmt"
)

type MyError struct{ Msg string }

func (e *MyError) Error() string { return e.Msg }

// 错误写法：返回类型化的 nil 指针
func findBad(ok bool) error {
	var p *MyError // nil 指针
	if !ok {
		p = &MyError{Msg: "not found"}
	}
	return p // 即使 p == nil，返回的 error 也不是 nil
}

// 正确写法：没有错误时直接返回字面量 nil
func findGood(ok bool) error {
	if !ok {
		return &MyError{Msg: "not found"}
	}
	return nil
}

func main() {
	err := findBad(true)
	fmt.Println("findBad: err == nil?", err == nil)
	fmt.Printf("findBad: dynamic type %T, value %v\n", err, err == (*MyError)(nil))

	err = findGood(true)
	fmt.Println("findGood: err == nil?", err == nil)

	var e *MyError
	var x any = e
	fmt.Println("any holding nil *MyError == nil?", x == nil)
	var y any
	fmt.Println("zero any == nil?", y == nil)

	err = findGood(false)
	var me *MyError
	fmt.Println("errors.As finds *MyError:", errors.As(err, &me), me.Msg)
}
