// Lock 之后立即 defer Unlock：正常返回、提前返回、panic 时锁都会被释放。
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

// Deposit：典型的 Lock + defer Unlock
func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

// Withdraw：中途 return 也会解锁
func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return errors.New("insufficient funds")
	}
	a.balance -= n
	return nil
}

// Audit：临界区里发生 panic，defer 仍会解锁
func (a *Account) Audit() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance > 0 {
		panic("audit failed")
	}
}

func main() {
	acc := &Account{}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc.Deposit(10)
		}()
	}
	wg.Wait()
	fmt.Println("balance after 100 deposits:", acc.balance)

	fmt.Println("withdraw 5000:", acc.Withdraw(5000))
	fmt.Println("withdraw 300:", acc.Withdraw(300))

	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		acc.Audit()
	}()
	// 如果 panic 时没有解锁，这里 TryLock 会失败，后续所有 Lock 都会永久阻塞
	ok := acc.mu.TryLock()
	fmt.Println("lock free after panic:", ok)
	if ok {
		acc.mu.Unlock()
	}
	fmt.Println("final balance:", acc.balance)
}
