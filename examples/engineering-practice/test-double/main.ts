// 依赖外部存储的业务逻辑怎么做单元测试：业务层只依赖 UserStore 接口，
// 生产环境用 MySQL 实现，测试用内存 fake，并可注入错误。
// 试试在 Transfer 里故意写个 bug（比如先扣款再检查余额），看哪些用例变成 FAIL。
import { fmt } from './go';

interface User {
  id: string;
  balance: number;
}

// UserStore 是业务层需要的最小接口（由使用方定义）。
interface UserStore {
  getUser(id: string): Promise<User>;
  updateBalance(id: string, delta: number): Promise<void>;
}

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

// TransferService 是被测对象。生产实现中两次更新应放在同一个数据库事务里。
class TransferService {
  constructor(private readonly store: UserStore) {}

  // 与 Go 版一样用返回值表示错误：成功返回 null。
  async transfer(from: string, to: string, amount: number): Promise<Error | null> {
    if (amount <= 0) return ErrInvalidAmount;
    let src: User;
    try {
      src = await this.store.getUser(from);
    } catch (e) {
      return new WrappedError(`load ${from}`, e as Error);
    }
    try {
      await this.store.getUser(to);
    } catch (e) {
      return new WrappedError(`load ${to}`, e as Error);
    }
    if (src.balance < amount) return ErrInsufficientFunds;
    try {
      await this.store.updateBalance(from, -amount);
    } catch (e) {
      return new WrappedError(`debit ${from}`, e as Error);
    }
    try {
      await this.store.updateBalance(to, amount);
    } catch (e) {
      return new WrappedError(`credit ${to}`, e as Error);
    }
    return null;
  }
}

// fakeStore 是内存实现：有真实逻辑（余额会变），还能注入错误、记录调用次数。
class FakeStore implements UserStore {
  users = new Map<string, number>([['alice', 100], ['bob', 50]]);
  failOn = ''; // 让某个方法抛出 errDBTimeout，模拟数据库故障
  updates = 0; // updateBalance 被调用的次数（spy）

  async getUser(id: string): Promise<User> {
    if (this.failOn === 'GetUser') throw errDBTimeout;
    const b = this.users.get(id);
    if (b === undefined) throw ErrUserNotFound;
    return { id, balance: b };
  }

  async updateBalance(id: string, delta: number): Promise<void> {
    this.updates++;
    if (this.failOn === 'UpdateBalance') throw errDBTimeout;
    const b = this.users.get(id);
    if (b === undefined) throw ErrUserNotFound;
    this.users.set(id, b + delta);
  }
}

interface Case {
  name: string;
  from: string;
  to: string;
  amount: number;
  failOn: string;
  wantErr: Error | null;
  wantAlice: number;
  wantBob: number;
  wantUpdates: number;
}

const tests: Case[] = [
  { name: 'ok', from: 'alice', to: 'bob', amount: 30, failOn: '', wantErr: null, wantAlice: 70, wantBob: 80, wantUpdates: 2 },
  { name: 'insufficient funds', from: 'alice', to: 'bob', amount: 500, failOn: '', wantErr: ErrInsufficientFunds, wantAlice: 100, wantBob: 50, wantUpdates: 0 },
  { name: 'unknown receiver', from: 'alice', to: 'carol', amount: 10, failOn: '', wantErr: ErrUserNotFound, wantAlice: 100, wantBob: 50, wantUpdates: 0 },
  { name: 'zero amount', from: 'alice', to: 'bob', amount: 0, failOn: '', wantErr: ErrInvalidAmount, wantAlice: 100, wantBob: 50, wantUpdates: 0 },
  { name: 'db timeout on update', from: 'alice', to: 'bob', amount: 10, failOn: 'UpdateBalance', wantErr: errDBTimeout, wantAlice: 100, wantBob: 50, wantUpdates: 1 },
];

let passed = 0;
let failed = 0;
for (const tt of tests) {
  const store = new FakeStore(); // 每个用例一份新数据，互不影响
  store.failOn = tt.failOn;
  const svc = new TransferService(store);

  const err = await svc.transfer(tt.from, tt.to, tt.amount);

  const alice = store.users.get('alice') ?? 0;
  const bob = store.users.get('bob') ?? 0;
  const ok = isErr(err, tt.wantErr) && alice === tt.wantAlice && bob === tt.wantBob && store.updates === tt.wantUpdates;
  const status = ok ? 'PASS' : 'FAIL';
  if (ok) passed++;
  else failed++;
  fmt.Printf('%s %-22s err=%v alice=%d bob=%d updates=%d\n', status, tt.name, err, alice, bob, store.updates);
}
fmt.Printf('%d passed, %d failed\n', passed, failed);
