package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
)

func main() {
	m := map[string]int{
		"hello":   0,
		"morning": 1,
		"my":      2,
		"girl":    3,
	}

	// 经典做法：收集键、排序、按键取值。
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println("Key:", k, "Value:", m[k])
	}

	// Go 1.23 起：maps.Keys 返回迭代器，slices.Sorted 收集并排序。
	fmt.Println("slices.Sorted(maps.Keys(m)):", slices.Sorted(maps.Keys(m)))

	// 按值从大到小：排序时比较的是 m[k]。
	byValue := slices.SortedFunc(maps.Keys(m), func(a, b string) int {
		return cmp.Compare(m[b], m[a])
	})
	fmt.Println("按值降序:", byValue)
}
