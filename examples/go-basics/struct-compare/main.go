package main

import (
	"fmt"
	"reflect"
)

type A struct{ a int }
type B struct{ a int }

type Point struct{ X, Y int }

// Box 含接口字段：能用 == 编译通过，但接口里装了不可比较的值时运行时 panic。
type Box struct {
	Name string
	V    any
}

// WithSlice 含切片字段：不能用 ==（编译错误），只能 reflect.DeepEqual 或自己写 Equal。
type WithSlice struct {
	Tags []string
}

func compareBoxes(x, y Box) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(x == y)
}

func main() {
	p1, p2, p3 := Point{1, 2}, Point{1, 2}, Point{2, 1}
	fmt.Println("Point{1,2} == Point{1,2}:", p1 == p2)
	fmt.Println("Point{1,2} == Point{2,1}:", p1 == p3)

	a, b := A{1}, B{1}
	fmt.Println("a == A(b):", a == A(b))
	fmt.Println("a == struct{ a int }{1}:", a == struct{ a int }{1})

	seen := map[Point]bool{p1: true}
	fmt.Println("map[Point]bool 查 Point{1,2}:", seen[Point{1, 2}])

	fmt.Println("Box{1} == Box{1}:", compareBoxes(Box{"n", 1}, Box{"n", 1}))
	fmt.Println(`Box{1} == Box{"1"}:`, compareBoxes(Box{"n", 1}, Box{"n", "1"}))
	fmt.Println("Box{[]int} == Box{[]int}:", compareBoxes(Box{"n", []int{1}}, Box{"n", []int{1}}))

	w1, w2 := WithSlice{[]string{"x"}}, WithSlice{[]string{"x"}}
	fmt.Println("DeepEqual(WithSlice, WithSlice):", reflect.DeepEqual(w1, w2))
	fmt.Println("DeepEqual(nil 切片, 空切片):", reflect.DeepEqual(WithSlice{}, WithSlice{Tags: []string{}}))
}
