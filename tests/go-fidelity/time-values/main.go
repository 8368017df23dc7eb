package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2026, 12, 2, 14, 59, 12, 486000000, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Add(90 * time.Minute))
	u := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	fmt.Println(u.Sub(t), t.Before(u), t.After(u), t.Equal(t.Add(0)))
	fmt.Println(t.Format(time.RFC3339), t.Format("2006-01-02 15:04:05.000"), t.Format(time.Kitchen))
	fmt.Println(t.Unix(), t.UnixMilli(), t.Year(), t.Month() == time.December, t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 5).UTC())
	var zero time.Time
	fmt.Println(zero, zero.IsZero())
	fmt.Println(t.Truncate(time.Second), t.Round(time.Second), t.Truncate(time.Hour))
	fmt.Printf("%v|%s\n", t, t.Add(time.Nanosecond))
}
