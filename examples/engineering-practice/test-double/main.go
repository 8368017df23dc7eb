// 依赖外部存储的业务逻辑怎么做单元测试：业务层只依赖 UserStore 接口，
// 生产环境用 MySQL 实现，这里用内存实现代替真实的 MySQL，并可注入错误。
// 真实项目里下面的表格会写在 _test.go 中由 go test 执行，这里用 main 驱动以便直接运行。
package main

import (
	"context"
	"errors"
	"fmt"
	"maps"
)

var (
	ErrUserNotFound      = errors.New("user not found")
	ErrInsufficientFunds = errors.New("insufficient funds")
	ErrInvalidAmount     = errors.New("invalid amount")
	errDBTimeout         = errors.New("db timeout")
)

// Tx 是一个事务里能做的两件事。两条都是“带条件的原子更新”，不先查再改：
//
//	Debit:  UPDATE users SET balance = balance - ? WHERE id = ? AND balance >= ?
//	        影响 0 行：用户不存在或余额不足
//	Credit: UPDATE users SET balance = balance + ? WHERE id = ?
//	        影响 0 行：用户不存在
type Tx interface {
	Debit(ctx context.Context, id string, amount int64) error
	Credit(ctx context.Context, id string, amount int64) error
}

// UserStore 是业务层需要的最小接口（由使用方定义）。
// WithTx 在一个数据库事务里执行 fn：fn 返回错误就 ROLLBACK，否则 COMMIT。
type UserStore interface {
	WithTx(ctx context.Context, fn func(tx Tx) error) error
}

// TransferService 是被测对象。
type TransferService struct{ store UserStore }

func NewTransferService(s UserStore) *TransferService { return &TransferService{store: s} }

func (s *TransferService) Transfer(ctx context.Context, from, to string, amount int64) error {
	if amount <= 0 {
		return ErrInvalidAmount
	}
	return s.store.WithTx(ctx, func(tx Tx) error {
		// 余额检查由 Debit 的 WHERE balance >= ? 在数据库里原子完成，
		// 不会出现“两个并发转账都先读到 100、都判断够扣”的先查后改竞态。
		if err := tx.Debit(ctx, from, amount); err != nil {
			return fmt.Errorf("debit %s: %w", from, err)
		}
		// 扣款成功后入账失败：返回错误让整个事务回滚，扣掉的钱自动回来。
		if err := tx.Credit(ctx, to, amount); err != nil {
			return fmt.Errorf("credit %s: %w", to, err)
		}
		return nil
	})
}

// fakeStore 是内存实现：有真实逻辑（余额会变、事务会回滚），还能注入错误、记录调用次数。
type fakeStore struct {
	users  map[string]int64
	failOn string // "Debit" 或 "Credit"：让该操作返回 errDBTimeout，模拟数据库故障
	calls  int    // Debit 和 Credit 被调用的总次数（spy）
}

func newFakeStore() *fakeStore {
	return &fakeStore{users: map[string]int64{"alice": 100, "bob": 50}}
}

// fakeTx 在一份副本上操作，提交时才写回 users，模拟事务的原子性。
type fakeTx struct {
	store *fakeStore
	data  map[string]int64
}

func (f *fakeStore) WithTx(_ context.Context, fn func(tx Tx) error) error {
	tx := &fakeTx{store: f, data: maps.Clone(f.users)}
	if err := fn(tx); err != nil {
		return err // ROLLBACK：丢弃副本
	}
	f.users = tx.data // COMMIT
	return nil
}

func (t *fakeTx) Debit(_ context.Context, id string, amount int64) error {
	t.store.calls++
	if t.store.failOn == "Debit" {
		return errDBTimeout
	}
	b, ok := t.data[id]
	if !ok {
		return ErrUserNotFound
	}
	if b < amount {
		return ErrInsufficientFunds // 相当于条件 UPDATE 影响了 0 行
	}
	t.data[id] = b - amount
	return nil
}

func (t *fakeTx) Credit(_ context.Context, id string, amount int64) error {
	t.store.calls++
	if t.store.failOn == "Credit" {
		return errDBTimeout
	}
	if _, ok := t.data[id]; !ok {
		return ErrUserNotFound
	}
	t.data[id] += amount
	return nil
}

func main() {
	tests := []struct {
		name      string
		from, to  string
		amounts   []int64 // 依次执行的转账，最后一次的错误与 wantErr 比较
		failOn    string
		wantErr   error
		wantAlice int64
		wantBob   int64
		wantCalls int
	}{
		{"ok", "alice", "bob", []int64{30}, "", nil, 70, 80, 2},
		{"insufficient funds", "alice", "bob", []int64{500}, "", ErrInsufficientFunds, 100, 50, 1},
		{"second transfer overdraws", "alice", "bob", []int64{60, 60}, "", ErrInsufficientFunds, 40, 110, 3},
		{"unknown receiver", "alice", "carol", []int64{10}, "", ErrUserNotFound, 100, 50, 2},
		{"zero amount", "alice", "bob", []int64{0}, "", ErrInvalidAmount, 100, 50, 0},
		{"db timeout on debit", "alice", "bob", []int64{10}, "Debit", errDBTimeout, 100, 50, 1},
		{"credit fails after debit", "alice", "bob", []int64{10}, "Credit", errDBTimeout, 100, 50, 2},
	}

	passed, failed := 0, 0
	for _, tt := range tests {
		store := newFakeStore() // 每个用例一份新数据，互不影响
		store.failOn = tt.failOn
		svc := NewTransferService(store)

		var err error
		for _, amount := range tt.amounts {
			err = svc.Transfer(context.Background(), tt.from, tt.to, amount)
		}

		ok := errors.Is(err, tt.wantErr) &&
			store.users["alice"] == tt.wantAlice && store.users["bob"] == tt.wantBob &&
			store.calls == tt.wantCalls
		status := "PASS"
		if ok {
			passed++
		} else {
			status = "FAIL"
			failed++
		}
		fmt.Printf("%s %-26s err=%v alice=%d bob=%d calls=%d\n",
			status, tt.name, err, store.users["alice"], store.users["bob"], store.calls)
	}
	fmt.Printf("%d passed, %d failed\n", passed, failed)
}
