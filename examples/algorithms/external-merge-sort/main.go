// 外部归并排序的缩小版：“内存”一次只能装 memory 个数，“文件”比内存大得多。
// 第一步按内存大小切块、块内排序写成有序段（run）；
// 第二步用最小堆做多路归并，每路只占一个读缓冲，路数受内存限制时分多轮归并。
package main

import (
	"container/heap"
	"fmt"
	"slices"
)

const (
	memory = 4          // 内存最多同时容纳的元素个数
	fanIn  = memory - 1 // 每轮最多归并几路：每路一个读缓冲，留一个位置给输出缓冲
)

// item 是堆中的元素：值，以及它来自哪个段、在段中的位置。
type item struct{ val, run, pos int }

type minHeap []item

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i].val < h[j].val }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// kWayMerge 用最小堆合并若干有序段，返回合并结果和堆操作次数。
func kWayMerge(runs [][]int) ([]int, int) {
	h := &minHeap{}
	ops := 0
	for r, run := range runs {
		if len(run) > 0 {
			heap.Push(h, item{run[0], r, 0})
			ops++
		}
	}
	var out []int
	for h.Len() > 0 {
		it := heap.Pop(h).(item)
		ops++
		out = append(out, it.val)
		if next := it.pos + 1; next < len(runs[it.run]) { // 从同一段补下一个
			heap.Push(h, item{runs[it.run][next], it.run, next})
			ops++
		}
	}
	return out, ops
}

func main() {
	file := []int{42, 7, 93, 15, 61, 28, 3, 77, 50, 19, 84, 36, 11, 68, 25, 99, 4, 57}
	fmt.Println("file:", file)

	// 第一步：切块、块内排序，得到有序段。
	var runs [][]int
	for i := 0; i < len(file); i += memory {
		chunk := slices.Clone(file[i:min(i+memory, len(file))])
		slices.Sort(chunk)
		runs = append(runs, chunk)
		fmt.Printf("run %d: %v\n", len(runs)-1, chunk)
	}

	// 第二步：每轮最多 fanIn 路归并，直到只剩一个段。
	for pass := 1; len(runs) > 1; pass++ {
		var next [][]int
		for i := 0; i < len(runs); i += fanIn {
			group := runs[i:min(i+fanIn, len(runs))]
			merged, ops := kWayMerge(group)
			fmt.Printf("pass %d: merge %d runs -> %v (%d heap ops)\n", pass, len(group), merged, ops)
			next = append(next, merged)
		}
		runs = next
	}
	fmt.Println("sorted:", runs[0])
	fmt.Println("check:", slices.IsSorted(runs[0]) && len(runs[0]) == len(file))
}
