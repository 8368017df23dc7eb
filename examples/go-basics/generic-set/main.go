package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"unsafe"
)

// Set 用 map 的键保存元素，值是不占内存的 struct{}。
type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, v := range items {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Remove(v T)   { delete(s, v) }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := make(Set[T], len(s)+len(o))
	for v := range s {
		out.Add(v)
	}
	for v := range o {
		out.Add(v)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := make(Set[T])
	for v := range s {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

// Sorted 返回排好序的元素，遍历 map 的随机顺序不会影响输出。
func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

// Dedup 去重并保留第一次出现的顺序。
func Dedup[T comparable](in []T) []T {
	seen := make(Set[T], len(in))
	out := in[:0:0]
	for _, v := range in {
		if !seen.Has(v) {
			seen.Add(v)
			out = append(out, v)
		}
	}
	return out
}

func main() {
	fmt.Println("unsafe.Sizeof(struct{}{}) =", unsafe.Sizeof(struct{}{}))

	a := NewSet(1, 2, 3)
	b := NewSet(2, 3, 4)
	fmt.Println("a =", Sorted(a), "b =", Sorted(b))
	fmt.Println("a ∪ b =", Sorted(a.Union(b)))
	fmt.Println("a ∩ b =", Sorted(a.Intersect(b)))
	fmt.Println("a.Has(2) =", a.Has(2))
	a.Remove(2)
	fmt.Println("a.Remove(2) 后 a =", Sorted(a), "Len =", a.Len())

	words := []string{"go", "redis", "go", "mysql", "redis"}
	fmt.Println("Dedup 保序:", Dedup(words))
	sorted := slices.Clone(words)
	slices.Sort(sorted)
	fmt.Println("Sort + Compact:", slices.Compact(sorted))
}
