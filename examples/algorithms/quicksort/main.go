// 快速排序（Hoare 风格双指针划分，取中间元素为基准）。
// 升序和降序共用一个实现，只是比较函数不同。
package main

import "fmt"

// quickSort 对 arr[start..end] 原地排序；before(a, b) 为 true 表示 a 应排在 b 前面。
func quickSort(arr []int, start, end int, before func(a, b int) bool) {
	for start < end {
		i, j := start, end
		key := arr[start+(end-start)/2]
		for i <= j {
			for before(arr[i], key) { // 左边跳过“应在 key 前面”的元素
				i++
			}
			for before(key, arr[j]) { // 右边跳过“应在 key 后面”的元素
				j--
			}
			if i <= j {
				arr[i], arr[j] = arr[j], arr[i]
				i++
				j--
			}
		}
		// 先递归较短的一段，较长的一段留给循环处理，栈深度不超过 O(log n)。
		if j-start < end-i {
			quickSort(arr, start, j, before)
			start = i
		} else {
			quickSort(arr, i, end, before)
			end = j
		}
	}
}

func main() {
	arr := []int{19, 8, 16, 15, 23, 34, 6, 3, 1, 0, 2, 9, 7}
	fmt.Println("input:     ", arr)

	quickSort(arr, 0, len(arr)-1, func(a, b int) bool { return a < b })
	fmt.Println("ascending: ", arr)

	quickSort(arr, 0, len(arr)-1, func(a, b int) bool { return a > b })
	fmt.Println("descending:", arr)

	// 边界情况：重复元素、已排序、空切片、单个元素。
	dup := []int{5, 1, 5, 5, 2, 5, 1}
	quickSort(dup, 0, len(dup)-1, func(a, b int) bool { return a < b })
	fmt.Println("duplicates:", dup)

	sorted := []int{1, 2, 3, 4, 5, 6}
	quickSort(sorted, 0, len(sorted)-1, func(a, b int) bool { return a < b })
	fmt.Println("sorted:    ", sorted)

	empty := []int{}
	quickSort(empty, 0, len(empty)-1, func(a, b int) bool { return a < b })
	fmt.Println("empty:     ", empty)

	one := []int{42}
	quickSort(one, 0, len(one)-1, func(a, b int) bool { return a < b })
	fmt.Println("single:    ", one)
}
