package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	fmt.Fprintln(os.Stderr, "warning: to stderr")
	n, err := fmt.Fprintf(os.Stdout, "%d-%s\n", 5, "x")
	fmt.Println(n, err)
	fmt.Fprint(os.Stdout, "a", 1, 2, "b\n")
	fmt.Fprintln(upper{os.Stdout}, "shout", 42)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s=%v;", "k", []int{1, 2})
	fmt.Fprintf(&sb, "%v", point{1, 2})
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(point{3, 4}, []point{{5, 6}})
	io.WriteString(os.Stdout, "plain\n")
	fmt.Fprintln(io.Discard, "nothing")
}
