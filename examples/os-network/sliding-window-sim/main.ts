// 滑动窗口模拟：以“段”为单位（真实 TCP 以字节为单位）。
// 发送方在窗口内连续发送；接收方缓存失序到达的段，用累计 ACK 回复“下一个期望的段号”；
// 发送方收到 3 个重复 ACK 就快速重传，网络里什么都没有时按超时重传。
// 网络是一个先进先出的队列：每一步投递一个报文。
import { fmt } from './go';

// ===== 可修改的参数 =====
const TOTAL = 8; // 要发送的段数，编号 1..TOTAL
const WINDOW = 4; // 窗口大小（段），相当于 min(rwnd, cwnd)
const LOST_ONCE = [3]; // 这些段第一次发送时被丢掉
const DUP_ACK_THRESHOLD = 3; // 几个重复 ACK 触发快速重传
// ========================

type Msg = { kind: 'data'; seq: number } | { kind: 'ack'; ack: number };

const network: Msg[] = [];
const lostAlready = new Set<number>();

// 发送方状态：base = SND.UNA（最早未确认），next = SND.NXT（下一个新段）
let base = 1;
let next = 1;
let dupAcks = 0;

// 接收方状态：expected = 下一个期望的段号，buffered = 已收到的失序段
let expected = 1;
const buffered = new Set<number>();

function windowLine(): string {
  const inflight: number[] = [];
  for (let s = base; s < next; s++) inflight.push(s);
  const usable = Math.max(0, Math.min(base + WINDOW, TOTAL + 1) - next);
  return fmt.Sprintf('窗口 [%d,%d) 已发未确认 %v 还可发 %d 段', base, base + WINDOW, inflight, usable);
}

function transmit(seq: number, why: string): void {
  const lost = LOST_ONCE.includes(seq) && !lostAlready.has(seq);
  if (lost) lostAlready.add(seq);
  fmt.Printf('发送方 -> 段 %d%s%s\n', seq, why, lost ? '（丢包）' : '');
  if (!lost) network.push({ kind: 'data', seq });
}

function fillWindow(): void {
  while (next < base + WINDOW && next <= TOTAL) {
    transmit(next, '');
    next++;
  }
}

function receiverGot(seq: number): void {
  if (seq === expected) {
    expected++;
    while (buffered.has(expected)) {
      buffered.delete(expected);
      expected++;
    }
  } else if (seq > expected) {
    buffered.add(seq);
  }
  const held = [...buffered].sort((x, y) => x - y);
  fmt.Printf('  接收方收到段 %d，缓存的失序段 %v，回 ACK %d\n', seq, held, expected);
  network.push({ kind: 'ack', ack: expected });
}

function senderGot(ack: number): void {
  if (ack > base) {
    base = ack;
    dupAcks = 0;
    fmt.Printf('发送方收到 ACK %d，窗口右移：%s\n', ack, windowLine());
    fillWindow();
  } else if (ack === base && base <= TOTAL) {
    dupAcks++;
    fmt.Printf('发送方收到重复 ACK %d（第 %d 个）\n', ack, dupAcks);
    if (dupAcks === DUP_ACK_THRESHOLD) {
      transmit(base, '，快速重传');
    }
  }
}

fmt.Printf('开始：%s\n', windowLine());
fillWindow();
fmt.Printf('窗口已满：%s\n', windowLine());
let steps = 0;
while (base <= TOTAL && steps < 200) {
  steps++;
  const msg = network.shift();
  if (!msg) {
    // 网络里什么都没有，只能等重传计时器到期。
    dupAcks = 0;
    transmit(base, '，超时重传');
    continue;
  }
  if (msg.kind === 'data') receiverGot(msg.seq);
  else senderGot(msg.ack);
}
fmt.Printf('全部 %d 段已确认，共投递 %d 个报文\n', TOTAL, steps);
