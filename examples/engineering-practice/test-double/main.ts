// 依赖外部存储的业务逻辑怎么做单元测试：业务层只依赖 UserStore 接口，
// 生产环境用 MySQL 实现，这里用内存实现代替真实的 MySQL，并可注入错误。
// 试试把 Transfer 改成“先查余额、再无条件扣款”，或者去掉事务回滚，看哪些用例变成 FAIL。
import { fmt } from './go';

// 带 cause 链的错误，isErr 相当于 Go 的 errors.Is。
class WrappedError extends Error {
  constructor(message: string, readonly cause: Error) {
    super(`${message}: ${cause.message}`);
  }
}
function isErr(err: Error | null, target: Error | null): boolean {
  if (target === null) return err === null;
  for (let e: Error | null = err; e !== null; e = e instanceof WrappedError ? e.cause : null) {
    if (e === target) return true;
  }
  return false;
}

const ErrUserNotFound = new Error('user not found');
const ErrInsufficientFunds = new Error('insufficient funds');
const ErrInvalidAmount = new Error('invalid amount');
const errDBTimeout = new Error('db timeout');

// Tx 是一个事务里能做的两件事。两条都是“带条件的原子更新”，不先查再改：
//   debit:  UPDATE users SET balance = balance - ? WHERE id = ? AND balance >= ?（影响 0 行：不存在或余额不足）
//   credit: UPDATE users SET balance = balance + ? WHERE id = ?（影响 0 行：不存在）
// 与 Go 版一样用返回值表示错误：成功返回 null。
interface Tx {
  debit(id: string, amount: number): Promise<Error | null>;
  credit(id: string, amount: number): Promise<Error | null>;
}

// UserStore 是业务层需要的最小接口：withTx 在一个事务里执行 fn，fn 返回错误就回滚，否则提交。
interface UserStore {
  withTx(fn: (tx: Tx) => Promise<Error | null>): Promise<Error | null>;
}

// TransferService 是被测对象。
class TransferService {
  constructor(private readonly store: UserStore) {}

  async transfer(from: string, to: string, amount: number): Promise<Error | null> {
    if (amount <= 0) return ErrInvalidAmount;
    return this.store.withTx(async (tx) => {
      // 余额检查由 debit 的 WHERE balance >= ? 在数据库里原子完成，没有先查后改的竞态。
      const e1 = await tx.debit(from, amount);
      if (e1 !== null) return new WrappedError(`debit ${from}`, e1);
      // 扣款成功后入账失败：返回错误让整个事务回滚，扣掉的钱自动回来。
      const e2 = await tx.credit(to, amount);
      if (e2 !== null) return new WrappedError(`credit ${to}`, e2);
      return null;
    });
  }
}

// FakeStore 是内存实现：有真实逻辑（余额会变、事务会回滚），还能注入错误、记录调用次数。
class FakeStore implements UserStore {
  users = new Map<string, number>([['alice', 100], ['bob', 50]]);
  failOn = ''; // 'Debit' 或 'Credit'：让该操作返回 errDBTimeout，模拟数据库故障
  calls = 0; // debit 和 credit 被调用的总次数（spy）

  async withTx(fn: (tx: Tx) => Promise<Error | null>): Promise<Error | null> {
    const data = new Map(this.users); // 在副本上操作，提交时才写回
    const tx: Tx = {
      debit: async (id, amount) => {
        this.calls++;
        if (this.failOn === 'Debit') return errDBTimeout;
        const b = data.get(id);
        if (b === undefined) return ErrUserNotFound;
        if (b < amount) return ErrInsufficientFunds; // 相当于条件 UPDATE 影响了 0 行
        data.set(id, b - amount);
        return null;
      },
      credit: async (id, amount) => {
        this.calls++;
        if (this.failOn === 'Credit') return errDBTimeout;
        const b = data.get(id);
        if (b === undefined) return ErrUserNotFound;
        data.set(id, b + amount);
        return null;
      },
    };
    const err = await fn(tx);
    if (err !== null) return err; // ROLLBACK：丢弃副本
    this.users = data; // COMMIT
    return null;
  }
}

interface Case {
  name: string;
  from: string;
  to: string;
  amounts: number[]; // 依次执行的转账，最后一次的错误与 wantErr 比较
  failOn: string;
  wantErr: Error | null;
  wantAlice: number;
  wantBob: number;
  wantCalls: number;
}

const tests: Case[] = [
  { name: 'ok', from: 'alice', to: 'bob', amounts: [30], failOn: '', wantErr: null, wantAlice: 70, wantBob: 80, wantCalls: 2 },
  { name: 'insufficient funds', from: 'alice', to: 'bob', amounts: [500], failOn: '', wantErr: ErrInsufficientFunds, wantAlice: 100, wantBob: 50, wantCalls: 1 },
  { name: 'second transfer overdraws', from: 'alice', to: 'bob', amounts: [60, 60], failOn: '', wantErr: ErrInsufficientFunds, wantAlice: 40, wantBob: 110, wantCalls: 3 },
  { name: 'unknown receiver', from: 'alice', to: 'carol', amounts: [10], failOn: '', wantErr: ErrUserNotFound, wantAlice: 100, wantBob: 50, wantCalls: 2 },
  { name: 'zero amount', from: 'alice', to: 'bob', amounts: [0], failOn: '', wantErr: ErrInvalidAmount, wantAlice: 100, wantBob: 50, wantCalls: 0 },
  { name: 'db timeout on debit', from: 'alice', to: 'bob', amounts: [10], failOn: 'Debit', wantErr: errDBTimeout, wantAlice: 100, wantBob: 50, wantCalls: 1 },
  { name: 'credit fails after debit', from: 'alice', to: 'bob', amounts: [10], failOn: 'Credit', wantErr: errDBTimeout, wantAlice: 100, wantBob: 50, wantCalls: 2 },
];

let passed = 0;
let failed = 0;
for (const tt of tests) {
  const store = new FakeStore(); // 每个用例一份新数据，互不影响
  store.failOn = tt.failOn;
  const svc = new TransferService(store);

  let err: Error | null = null;
  for (const amount of tt.amounts) {
    err = await svc.transfer(tt.from, tt.to, amount);
  }

  const alice = store.users.get('alice') ?? 0;
  const bob = store.users.get('bob') ?? 0;
  const ok = isErr(err, tt.wantErr) && alice === tt.wantAlice && bob === tt.wantBob && store.calls === tt.wantCalls;
  const status = ok ? 'PASS' : 'FAIL';
  if (ok) passed++;
  else failed++;
  fmt.Printf('%s %-26s err=%v alice=%d bob=%d calls=%d\n', status, tt.name, err, alice, bob, store.calls);
}
fmt.Printf('%d passed, %d failed\n', passed, failed);
