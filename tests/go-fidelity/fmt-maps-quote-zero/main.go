package main

import "fmt"

func main() {
	fmt.Println(map[int]string{10: "a", 9: "b", -1: "c", 100: "d"})
	fmt.Println(map[string]int{"b": 1, "B": 2, "a": 3, "aa": 4, "é": 5})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 10: true}, map[bool]int{true: 1, false: 0})
	fmt.Printf("%v %v\n", map[int][]int{3: {1}, 1: {2, 3}}, map[string]int{"z": 26, "a": 1})
	fmt.Printf("%q|%+q|%q|%q|%#q|%q\n", "a\x01\té\"\\", "é😀", 'x', []string{"a", "b c"}, "raw", "\x7f\u00a0")
	fmt.Println(1000000.5, 123456789.5, 0.00001, 0.5, 3.14, 1e21, 2.5e-7)
	fmt.Printf("%6.2f|%g|%e|%x|%X|%T|%T|%T|%T\n", 3.14159, 0.000001234, 1234.5678, "hi", "hi", 1, 1.5, "s", []string{"a"})
	fmt.Printf("%5t|%-5d|%05d|%+d|%c|%U|%o|%b|%8.3s|%x|%#x|%3c|\n", true, 3, -42, 5, 'A', 'A', 8, 5, "abcdef", 255, 255, 'z')
	ints := make(chan int, 1)
	strs := make(chan string)
	flags := make(chan bool, 2)
	ints <- 7
	flags <- true
	close(ints)
	close(strs)
	close(flags)
	a, ok1 := <-ints
	b, ok2 := <-ints
	s, ok3 := <-strs
	f1, f2 := <-flags, <-flags
	fmt.Println(a, ok1, b, ok2, fmt.Sprintf("%q", s), ok3, f1, f2)
	never := make(chan int)
	close(never)
	fmt.Println(<-never)
}
