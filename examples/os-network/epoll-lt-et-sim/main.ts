// 模拟 epoll 的就绪链表：同一条事件时间线分别交给 LT 与 ET 模式的应用，
// 打印每次 epoll_wait 返回了哪些 fd。
// 内核侧的规则与 fs/eventpoll.c 一致：
//   - 数据到达时 ep_poll_callback 把 epitem 挂到就绪链表（已在链表中则不重复挂）；
//   - epoll_wait 摘下整条就绪链表，逐项再 poll 一次，没有数据的项直接丢弃；
//   - LT 模式下仍有数据的项被放回就绪链表，ET 模式不放回。
import { fmt } from './go';

// ===== 可修改的参数 =====
// 时间线：arrive 表示对端发来数据，wait 表示应用调用一次 epoll_wait 并处理返回的 fd。
type Step = { kind: 'arrive'; fd: number; bytes: number } | { kind: 'wait' };
const TIMELINE: Step[] = [
  { kind: 'arrive', fd: 5, bytes: 300 },
  { kind: 'arrive', fd: 6, bytes: 100 },
  { kind: 'wait' },
  { kind: 'wait' },
  { kind: 'wait' },
  { kind: 'arrive', fd: 5, bytes: 50 },
  { kind: 'wait' },
  { kind: 'wait' },
];
// 应用每次 read 最多读多少字节（相当于用户缓冲区大小）。
const READ_BUF = 200;
// ========================

type Mode = 'LT' | 'ET';

class EpollSim {
  private recvBuf = new Map<number, number>(); // fd -> 接收缓冲区里的字节数
  private ready: number[] = []; // 就绪链表 rdllist
  private waits = 0;
  private dropped: number[] = []; // 上一次 epoll_wait 中再 poll 后发现没有事件、被移出链表的 fd
  private readonly mode: Mode;

  constructor(mode: Mode) {
    this.mode = mode;
  }

  // 协议栈把数据放进 socket 接收队列，然后唤醒等待队列上的 ep_poll_callback。
  arrive(fd: number, bytes: number): void {
    this.recvBuf.set(fd, (this.recvBuf.get(fd) ?? 0) + bytes);
    const linked = this.ready.includes(fd);
    if (!linked) this.ready.push(fd);
    fmt.Printf('数据到达 fd%d +%d 字节，缓冲区 %d 字节，%s\n', fd, bytes, this.recvBuf.get(fd),
      linked ? 'epitem 已在就绪链表中' : '回调把 epitem 挂上就绪链表');
  }

  // epoll_wait：摘下就绪链表，逐项确认后返回。
  wait(): number[] {
    this.waits++;
    const taken = this.ready;
    this.ready = [];
    const result: number[] = [];
    this.dropped = [];
    for (const fd of taken) {
      if ((this.recvBuf.get(fd) ?? 0) === 0) {
        this.dropped.push(fd); // 再 poll 一次发现没数据：移出链表，不报告
        continue;
      }
      result.push(fd);
      if (this.mode === 'LT') this.ready.push(fd); // LT：放回就绪链表
    }
    return result;
  }

  // 非阻塞 read：有数据就读走最多 READ_BUF 字节，没有数据返回 -1（EAGAIN）。
  read(fd: number): number {
    const have = this.recvBuf.get(fd) ?? 0;
    if (have === 0) return -1;
    const n = Math.min(have, READ_BUF);
    this.recvBuf.set(fd, have - n);
    return n;
  }

  left(fd: number): number {
    return this.recvBuf.get(fd) ?? 0;
  }

  get lastDropped(): number[] {
    return this.dropped;
  }

  get waitCount(): number {
    return this.waits;
  }
}

// 返回空数组时说明原因：链表本来就空，还是链表里的项再 poll 后已没有事件。
function emptyNote(dropped: number[]): string {
  if (dropped.length === 0) return '（就绪链表为空，等到超时）';
  return `（链表中的 ${dropped.map((fd) => 'fd' + fd).join('、')} 再 poll 后无事件，被移出，等到超时）`;
}

function run(mode: Mode, drain: boolean): void {
  fmt.Printf('== %s 模式，%s ==\n', mode, drain ? '每次读到 EAGAIN 为止' : '每次就绪只 read 一次');
  const ep = new EpollSim(mode);
  const pending = new Set<number>();
  for (const step of TIMELINE) {
    if (step.kind === 'arrive') {
      ep.arrive(step.fd, step.bytes);
      pending.add(step.fd);
      continue;
    }
    const fds = ep.wait();
    fmt.Printf('epoll_wait #%d 返回 %v%s\n', ep.waitCount, fds, fds.length === 0 ? emptyNote(ep.lastDropped) : '');
    for (const fd of fds) {
      for (;;) {
        const n = ep.read(fd);
        if (n < 0) {
          fmt.Printf('  read fd%d -> EAGAIN\n', fd);
          break;
        }
        fmt.Printf('  read fd%d %d 字节，剩 %d\n', fd, n, ep.left(fd));
        if (!drain) break;
      }
    }
    // 提示 ET 的陷阱：缓冲区里还有数据，这次 epoll_wait 却没有返回它。
    for (const fd of pending) {
      if (ep.left(fd) > 0 && !fds.includes(fd)) {
        fmt.Printf('  注意：fd%d 还有 %d 字节未读，但没有被通知\n', fd, ep.left(fd));
      }
    }
  }
  fmt.Println();
}

run('LT', false);
run('ET', false);
run('ET', true);
