// 快速排序（Hoare 风格双指针划分，取中间元素为基准）。
// 改 input 数组或比较函数试试：例如全相等的数组、逆序数组。
import { fmt } from './go';

const input = [19, 8, 16, 15, 23, 34, 6, 3, 1, 0, 2, 9, 7];

type Before = (a: number, b: number) => boolean;

// 对 arr[start..end] 原地排序；before(a, b) 为 true 表示 a 应排在 b 前面。
function quickSort(arr: number[], start: number, end: number, before: Before): void {
  while (start < end) {
    let i = start;
    let j = end;
    const key = arr[start + Math.floor((end - start) / 2)];
    while (i <= j) {
      while (before(arr[i], key)) i++; // 左边跳过“应在 key 前面”的元素
      while (before(key, arr[j])) j--; // 右边跳过“应在 key 后面”的元素
      if (i <= j) {
        [arr[i], arr[j]] = [arr[j], arr[i]];
        i++;
        j--;
      }
    }
    // 先递归较短的一段，较长的一段留给循环处理，栈深度不超过 O(log n)。
    if (j - start < end - i) {
      quickSort(arr, start, j, before);
      start = i;
    } else {
      quickSort(arr, i, end, before);
      end = j;
    }
  }
}

const asc: Before = (a, b) => a < b;
const desc: Before = (a, b) => a > b;

const arr = [...input];
fmt.Println('input:     ', arr);

quickSort(arr, 0, arr.length - 1, asc);
fmt.Println('ascending: ', arr);

quickSort(arr, 0, arr.length - 1, desc);
fmt.Println('descending:', arr);

// 边界情况：重复元素、已排序、空数组、单个元素。
const dup = [5, 1, 5, 5, 2, 5, 1];
quickSort(dup, 0, dup.length - 1, asc);
fmt.Println('duplicates:', dup);

const sorted = [1, 2, 3, 4, 5, 6];
quickSort(sorted, 0, sorted.length - 1, asc);
fmt.Println('sorted:    ', sorted);

const empty: number[] = [];
quickSort(empty, 0, empty.length - 1, asc);
fmt.Println('empty:     ', empty);

const one = [42];
quickSort(one, 0, one.length - 1, asc);
fmt.Println('single:    ', one);
