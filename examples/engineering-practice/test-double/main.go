// 依赖外部存储的业务逻辑怎么做单元测试：业务层只依赖 UserStore 接口，
// 生产环境用 MySQL 实现，测试用内存 fake，并可注入错误。
// 真实项目里下面的表格会写在 _test.go 中由 go test 执行，这里用 main 驱动以便直接运行。
package main

import (
	"context"
	"errors"
	"fmt"
)

type User struct {
	ID      string
	Balance int64
}

// UserStore 是业务层需要的最小接口（由使用方定义）。
type UserStore interface {
	GetUser(ctx context.Context, id string) (User, error)
	UpdateBalance(ctx context.Context, id string, delta int64) error
}

var (
	ErrUserNotFound      = errors.New("user not found")
	ErrInsufficientFunds = errors.New("insufficient funds")
	ErrInvalidAmount     = errors.New("invalid amount")
	errDBTimeout         = errors.New("db timeout")
)

// TransferService 是被测对象。生产实现中两次更新应放在同一个数据库事务里。
type TransferService struct{ store UserStore }

func NewTransferService(s UserStore) *TransferService { return &TransferService{store: s} }

func (s *TransferService) Transfer(ctx context.Context, from, to string, amount int64) error {
	if amount <= 0 {
		return ErrInvalidAmount
	}
	src, err := s.store.GetUser(ctx, from)
	if err != nil {
		return fmt.Errorf("load %s: %w", from, err)
	}
	if _, err := s.store.GetUser(ctx, to); err != nil {
		return fmt.Errorf("load %s: %w", to, err)
	}
	if src.Balance < amount {
		return ErrInsufficientFunds
	}
	if err := s.store.UpdateBalance(ctx, from, -amount); err != nil {
		return fmt.Errorf("debit %s: %w", from, err)
	}
	if err := s.store.UpdateBalance(ctx, to, amount); err != nil {
		return fmt.Errorf("credit %s: %w", to, err)
	}
	return nil
}

// fakeStore 是内存实现：有真实逻辑（余额会变），还能注入错误、记录调用次数。
type fakeStore struct {
	users   map[string]int64
	failOn  string // 让某个方法返回 errDBTimeout，模拟数据库故障
	updates int    // UpdateBalance 被调用的次数（spy）
}

func newFakeStore() *fakeStore {
	return &fakeStore{users: map[string]int64{"alice": 100, "bob": 50}}
}

func (f *fakeStore) GetUser(_ context.Context, id string) (User, error) {
	if f.failOn == "GetUser" {
		return User{}, errDBTimeout
	}
	b, ok := f.users[id]
	if !ok {
		return User{}, ErrUserNotFound
	}
	return User{ID: id, Balance: b}, nil
}

func (f *fakeStore) UpdateBalance(_ context.Context, id string, delta int64) error {
	f.updates++
	if f.failOn == "UpdateBalance" {
		return errDBTimeout
	}
	if _, ok := f.users[id]; !ok {
		return ErrUserNotFound
	}
	f.users[id] += delta
	return nil
}

func main() {
	tests := []struct {
		name        string
		from, to    string
		amount      int64
		failOn      string
		wantErr     error
		wantAlice   int64
		wantBob     int64
		wantUpdates int
	}{
		{"ok", "alice", "bob", 30, "", nil, 70, 80, 2},
		{"insufficient funds", "alice", "bob", 500, "", ErrInsufficientFunds, 100, 50, 0},
		{"unknown receiver", "alice", "carol", 10, "", ErrUserNotFound, 100, 50, 0},
		{"zero amount", "alice", "bob", 0, "", ErrInvalidAmount, 100, 50, 0},
		{"db timeout on update", "alice", "bob", 10, "UpdateBalance", errDBTimeout, 100, 50, 1},
	}

	passed, failed := 0, 0
	for _, tt := range tests {
		store := newFakeStore() // 每个用例一份新数据，互不影响
		store.failOn = tt.failOn
		svc := NewTransferService(store)

		err := svc.Transfer(context.Background(), tt.from, tt.to, tt.amount)

		ok := errors.Is(err, tt.wantErr) &&
			store.users["alice"] == tt.wantAlice && store.users["bob"] == tt.wantBob &&
			store.updates == tt.wantUpdates
		status := "PASS"
		if ok {
			passed++
		} else {
			status = "FAIL"
			failed++
		}
		fmt.Printf("%s %-22s err=%v alice=%d bob=%d updates=%d\n",
			status, tt.name, err, store.users["alice"], store.users["bob"], store.updates)
	}
	fmt.Printf("%d passed, %d failed\n", passed, failed)
}
