// 稳定排序与不稳定排序：按金额排序一组已按时间排好的订单。
// 插入排序（稳定）保留同金额订单的时间先后，选择排序（不稳定）会打乱它。
package main

import (
	"fmt"
	"slices"
)

type Order struct {
	ID     string // 编号按下单时间递增
	Amount int
}

func (o Order) String() string { return fmt.Sprintf("%s:%d", o.ID, o.Amount) }

// 插入排序：只在严格大于时后移，相等元素不会互相越过，因此稳定。
func insertionSort(a []Order) {
	for i := 1; i < len(a); i++ {
		cur := a[i]
		j := i - 1
		for j >= 0 && a[j].Amount > cur.Amount {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = cur
	}
}

// 选择排序：把最小值与位置 i 交换，被换走的元素可能越过与它相等的元素，因此不稳定。
func selectionSort(a []Order) {
	for i := 0; i < len(a)-1; i++ {
		min := i
		for j := i + 1; j < len(a); j++ {
			if a[j].Amount < a[min].Amount {
				min = j
			}
		}
		a[i], a[min] = a[min], a[i]
	}
}

// 同金额的订单是否仍按编号（时间）先后排列。
func keepsTimeOrder(a []Order) bool {
	for i := 1; i < len(a); i++ {
		if a[i].Amount == a[i-1].Amount && a[i].ID < a[i-1].ID {
			return false
		}
	}
	return true
}

func main() {
	orders := []Order{
		{"o1", 30}, {"o2", 30}, {"o3", 10}, {"o4", 20}, {"o5", 10}, {"o6", 20},
	}
	fmt.Println("input:    ", orders)

	a := slices.Clone(orders)
	insertionSort(a)
	fmt.Println("insertion:", a, "stable order kept:", keepsTimeOrder(a))

	b := slices.Clone(orders)
	selectionSort(b)
	fmt.Println("selection:", b, "stable order kept:", keepsTimeOrder(b))

	c := slices.Clone(orders)
	slices.SortStableFunc(c, func(x, y Order) int { return x.Amount - y.Amount })
	fmt.Println("stdlib stable:", c, "stable order kept:", keepsTimeOrder(c))
}
