// 分布式锁 + “事务”的正确组合：锁发 fencing token，数据库在本地事务里校验 token、
// 扣库存、写订单和 outbox；投递任务至少一次地发送，积分服务按消息 ID 幂等消费。
// 锁服务、订单库、MQ 都换成小接口的内存实现，时间用假时钟（毫秒）。
import { fmt } from './go';

// ---------------- 锁服务：租约 + 单调递增的 fencing token ----------------

interface LockService {
  acquire(name: string, owner: string, now: number, ttl: number): [boolean, number];
  release(name: string, owner: string): void;
}

class MemLocks implements LockService {
  private owner = new Map<string, string>();
  private expiresAt = new Map<string, number>();
  private nextToken = 0;

  acquire(name: string, owner: string, now: number, ttl: number): [boolean, number] {
    const o = this.owner.get(name);
    if (o !== undefined && o !== owner && (this.expiresAt.get(name) ?? 0) > now) return [false, 0];
    this.nextToken++;
    this.owner.set(name, owner);
    this.expiresAt.set(name, now + ttl);
    return [true, this.nextToken];
  }
  release(name: string, owner: string): void {
    if (this.owner.get(name) === owner) this.owner.delete(name); // 只释放自己的
  }
}

// ---------------- 订单库：一个本地事务里校验 fence、扣库存、写订单和 outbox ----------------

class StaleTokenError extends Error {}

interface Message {
  id: string;
  payload: string;
  sent: boolean;
}

interface OrderDB {
  placeOrder(sku: number, orderID: number, user: number, fence: number): Error | null;
  stock(sku: number): number;
  orders(): number[];
  unsent(): Message[];
}

class MemDB implements OrderDB {
  private stockOf = new Map<number, number>();
  private fenceOf = new Map<number, number>();
  private orderIDs: number[] = [];
  private outbox: Message[] = [];

  constructor(sku: number, qty: number) {
    this.stockOf.set(sku, qty);
  }
  placeOrder(sku: number, orderID: number, user: number, fence: number): Error | null {
    // 对应：UPDATE stock SET qty = qty - 1, fence = ? WHERE sku = ? AND qty > 0 AND fence <= ?
    // 只拒绝比已见过的最大号更小的 token：同一个持有者可以用自己的 token 写多次
    const seen = this.fenceOf.get(sku) ?? 0;
    if (fence < seen) return new StaleTokenError(`stale fencing token ${fence} < ${seen}`);
    if ((this.stockOf.get(sku) ?? 0) <= 0) return new Error('sold out');
    // 同一事务：扣库存 + 写订单 + 写 outbox，要么都成功要么都不写
    this.stockOf.set(sku, (this.stockOf.get(sku) ?? 0) - 1);
    this.fenceOf.set(sku, fence);
    this.orderIDs.push(orderID);
    this.outbox.push({ id: `${orderID}-points`, payload: `user=${user} points=10`, sent: false });
    return null;
  }
  stock(sku: number): number {
    return this.stockOf.get(sku) ?? 0;
  }
  orders(): number[] {
    return this.orderIDs;
  }
  unsent(): Message[] {
    return this.outbox.filter((m) => !m.sent);
  }
}

// ---------------- MQ 与积分服务 ----------------

interface Broker {
  publish(m: Message): void;
}

class PointsService implements Broker {
  private seen = new Set<string>();
  points = new Map<number, number>();

  publish(m: Message): void {
    // 简化：broker 直接投递给唯一的消费者
    if (this.seen.has(m.id)) {
      fmt.Printf('积分服务收到 %s: 重复消息，忽略\n', m.id);
      return;
    }
    this.seen.add(m.id); // 真实系统：去重表与加积分在同一个本地事务里
    this.points.set(7, (this.points.get(7) ?? 0) + 10);
    fmt.Printf('积分服务收到 %s: 加 10 分\n', m.id);
  }
}

// relay 扫描未发送的 outbox 记录并投递；crashBeforeMark 模拟发送后、标记前崩溃。
function relay(db: OrderDB, mq: Broker, round: number, crashBeforeMark: boolean): void {
  for (const m of db.unsent()) {
    mq.publish({ ...m });
    if (crashBeforeMark) {
      fmt.Printf('relay 第 %d 轮: 已发送 %s，标记前崩溃\n', round, m.id);
      return;
    }
    m.sent = true;
    fmt.Printf('relay 第 %d 轮: 已发送 %s，标记为已发送\n', round, m.id);
  }
}

const sku = 42;
const locks = new MemLocks();
const db = new MemDB(sku, 5);

fmt.Println('== 锁 + fencing token + 本地事务（含 outbox）==');
const [, tokenA] = locks.acquire('lock:sku:42', 'A', 0, 10000);
fmt.Printf('t=0 A 加锁成功 token=%d，租约 10s，随后 GC 停顿 15s\n', tokenA);
let [ok, tokenB] = locks.acquire('lock:sku:42', 'B', 5000, 10000);
fmt.Printf('t=5000 B 加锁: %t\n', ok);
[ok, tokenB] = locks.acquire('lock:sku:42', 'B', 11000, 10000);
fmt.Printf('t=11000 B 加锁: %t，token=%d\n', ok, tokenB);
if (db.placeOrder(sku, 9002, 7, tokenB) === null) {
  fmt.Printf('t=11000 B 提交本地事务: 扣库存、写订单 9002、写 outbox，库存剩 %d\n', db.stock(sku));
}
if (db.placeOrder(sku, 9003, 7, tokenB) === null) {
  fmt.Printf('t=11500 B 用同一个 token=%d 再下一单 9003: 接受，库存剩 %d\n', tokenB, db.stock(sku));
}
locks.release('lock:sku:42', 'B');
const err = db.placeOrder(sku, 9001, 8, tokenA);
fmt.Printf('t=15000 A 醒来，带 token=%d 写库: %v，是否过期 token: %t\n', tokenA, err, err instanceof StaleTokenError);
fmt.Printf('库存 = %d，订单 = %v，待投递消息 = %d\n', db.stock(sku), db.orders(), db.unsent().length);

fmt.Println('== outbox 投递（至少一次）+ 幂等消费 ==');
const ps = new PointsService();
relay(db, ps, 1, true);
relay(db, ps, 2, false);
fmt.Printf('用户 7 积分 = %d，待投递消息 = %d\n', ps.points.get(7) ?? 0, db.unsent().length);
