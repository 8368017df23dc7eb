// 稳定排序与不稳定排序：按金额排序一组已按时间排好的订单。
// 插入排序（稳定）保留同金额订单的时间先后，选择排序（不稳定）会打乱它。
// 改 orders 试试：什么样的输入能让选择排序“碰巧”保持顺序？
import { fmt } from './go';

class Order {
  constructor(
    readonly id: string, // 编号按下单时间递增
    readonly amount: number,
  ) {}
  toString(): string {
    return `${this.id}:${this.amount}`;
  }
}

const orders = [
  new Order('o1', 30), new Order('o2', 30), new Order('o3', 10),
  new Order('o4', 20), new Order('o5', 10), new Order('o6', 20),
];

// 插入排序：只在严格大于时后移，相等元素不会互相越过，因此稳定。
function insertionSort(a: Order[]): void {
  for (let i = 1; i < a.length; i++) {
    const cur = a[i];
    let j = i - 1;
    while (j >= 0 && a[j].amount > cur.amount) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = cur;
  }
}

// 选择排序：把最小值与位置 i 交换，被换走的元素可能越过与它相等的元素，因此不稳定。
function selectionSort(a: Order[]): void {
  for (let i = 0; i < a.length - 1; i++) {
    let min = i;
    for (let j = i + 1; j < a.length; j++) {
      if (a[j].amount < a[min].amount) min = j;
    }
    [a[i], a[min]] = [a[min], a[i]];
  }
}

// 同金额的订单是否仍按编号（时间）先后排列。
function keepsTimeOrder(a: Order[]): boolean {
  for (let i = 1; i < a.length; i++) {
    if (a[i].amount === a[i - 1].amount && a[i].id < a[i - 1].id) return false;
  }
  return true;
}

fmt.Println('input:    ', orders);

const a = [...orders];
insertionSort(a);
fmt.Println('insertion:', a, 'stable order kept:', keepsTimeOrder(a));

const b = [...orders];
selectionSort(b);
fmt.Println('selection:', b, 'stable order kept:', keepsTimeOrder(b));

// JavaScript 的 Array.prototype.sort 自 ES2019 起规定为稳定排序，对应 Go 的 slices.SortStableFunc。
const c = [...orders];
c.sort((x, y) => x.amount - y.amount);
fmt.Println('stdlib stable:', c, 'stable order kept:', keepsTimeOrder(c));
