// 在一个大数组里找所有“和为 1000”的不同数值对：哈希法与排序双指针法。
// 数据由固定初值（seed）的线性同余生成器（Park-Miller MINSTD）产生，每次运行结果相同。
package main

import (
	"fmt"
	"slices"
)

const (
	n      = 2000 // 数组长度
	maxVal = 9999 // 元素取值范围 [0, maxVal]
	target = 1000
	seed   = 42
)

// lcg 是 MINSTD：x = x * 48271 mod (2^31 - 1)。
type lcg struct{ x int64 }

func (g *lcg) next() int64 {
	g.x = g.x * 48271 % 2147483647
	return g.x
}

type pair struct{ a, b int }

// 哈希法：一遍扫描，先查补数再把自己放进集合，500+500 需要出现两次才算。
func hashPairs(arr []int) ([]pair, int) {
	seen := make(map[int]bool)
	found := make(map[pair]bool)
	lookups := 0
	for _, x := range arr {
		lookups++
		if seen[target-x] {
			p := pair{min(x, target-x), max(x, target-x)}
			found[p] = true
		}
		seen[x] = true
	}
	out := make([]pair, 0, len(found))
	for p := range found {
		out = append(out, p)
	}
	slices.SortFunc(out, func(p, q pair) int { return p.a - q.a })
	return out, lookups
}

// 自顶向下归并排序，统计比较次数（与语言的内置排序无关，便于两种实现对照）。
func mergeSort(a []int, cmp *int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l, r := mergeSort(a[:mid], cmp), mergeSort(a[mid:], cmp)
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		*cmp++
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

// 排序 + 头尾双指针，遇到相等时跳过两边的重复值。
func sortPairs(arr []int) ([]pair, int, int) {
	cmp := 0
	s := mergeSort(slices.Clone(arr), &cmp)
	moves := 0
	var out []pair
	i, j := 0, len(s)-1
	for i < j {
		sum := s[i] + s[j]
		switch {
		case sum < target:
			i++
		case sum > target:
			j--
		default:
			out = append(out, pair{s[i], s[j]})
			a, b := s[i], s[j]
			for i < j && s[i] == a {
				i++
			}
			for i <= j && s[j] == b {
				j--
			}
		}
		moves++
	}
	return out, cmp, moves
}

func main() {
	g := &lcg{x: seed}
	arr := make([]int, n)
	for i := range arr {
		arr[i] = int(g.next() % (maxVal + 1))
	}
	fmt.Printf("n=%d values in [0, %d], first five: %v\n", n, maxVal, arr[:5])

	hp, lookups := hashPairs(arr)
	fmt.Printf("hash set:   %d pairs, %d lookups, O(n) time, O(n) extra memory\n", len(hp), lookups)

	sp, cmp, moves := sortPairs(arr)
	fmt.Printf("sort+2ptr:  %d pairs, %d comparisons to sort + %d pointer moves, O(n log n) time\n", len(sp), cmp, moves)

	same := len(hp) == len(sp)
	for i := 0; same && i < len(hp); i++ {
		same = hp[i] == sp[i]
	}
	fmt.Println("same result:", same)
	for _, p := range hp {
		fmt.Printf("%d + %d = %d\n", p.a, p.b, p.a+p.b)
	}
}
