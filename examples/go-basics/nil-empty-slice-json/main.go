package main

import (
	"encoding/json"
	"fmt"
)

// Response 模拟一个接口返回体：Items 没有 omitempty，Tags 有。
type Response struct {
	Items []int    `json:"items"`
	Tags  []string `json:"tags,omitempty"`
}

func describe(name string, s []int) {
	b, _ := json.Marshal(s)
	fmt.Printf("%-10s len=%d cap=%d nil=%t json=%s\n", name, len(s), cap(s), s == nil, b)
}

// tryAssign 对长度为 0 的切片做下标赋值，用 recover 接住 panic 并返回错误信息。
func tryAssign(s []int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	s[1] = 0
	return "ok"
}

func main() {
	var nilSlice []int
	describe("nil", nilSlice)
	describe("[]int{}", []int{})
	describe("make(0)", make([]int, 0))

	b1, _ := json.Marshal(Response{})
	b2, _ := json.Marshal(Response{Items: []int{}, Tags: []string{}})
	fmt.Println("struct, nil fields:  ", string(b1))
	fmt.Println("struct, empty fields:", string(b2))

	var fromNull, fromEmpty []int
	_ = json.Unmarshal([]byte("null"), &fromNull)
	_ = json.Unmarshal([]byte("[]"), &fromEmpty)
	fmt.Printf("decode null -> nil=%t\n", fromNull == nil)
	fmt.Printf("decode []   -> nil=%t len=%d\n", fromEmpty == nil, len(fromEmpty))

	nilSlice = append(nilSlice, 1)
	fmt.Println("append to nil slice:", nilSlice)

	fmt.Println("nil[1] = 0   ->", tryAssign(nil))
	fmt.Println("empty[1] = 0 ->", tryAssign([]int{}))
}
