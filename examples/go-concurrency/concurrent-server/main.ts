// 并发服务程序的骨架：accept 循环 + 每个连接一个 goroutine + 并发上限 + panic 隔离 + 优雅退出。
// 监听器抽象成 Listener 接口，这里用内存实现（channel 驱动），可以离线运行。
import { go, chan, select, sleep, WaitGroup, atomic, context, fmt, type Chan, type Context } from './go';

// 可以改：并发上限、客户端请求（"boom" 会让处理函数抛异常，"slow" 耗时 100ms）
const LIMIT = 3;
const REQS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'boom'];

// ---- 与 net.Listener / net.Conn 对应的最小接口 ----
interface Conn {
  read(): string;
  write(resp: string): Promise<void>;
  close(): void;
}
interface Listener {
  accept(): Promise<[Conn | null, Error | null]>;
  close(): void;
}

const ErrClosed = new Error('listener closed');

// ---- 内存实现 ----
class MemConn implements Conn {
  readonly resp = chan<string>(1, '');
  constructor(private readonly req: string) {}
  read(): string {
    return this.req;
  }
  async write(resp: string): Promise<void> {
    await this.resp.send(resp);
  }
  close(): void {
    this.resp.close();
  }
}

class MemListener implements Listener {
  private readonly conns = chan<MemConn>();
  private readonly doneCh = chan<void>();
  private closed = false;

  async accept(): Promise<[Conn | null, Error | null]> {
    let result: [Conn | null, Error | null] = [null, ErrClosed];
    await select([this.conns.onRecv((c) => (result = [c, null])), this.doneCh.onRecv(() => (result = [null, ErrClosed]))]);
    return result;
  }
  close(): void {
    if (!this.closed) {
      this.closed = true;
      this.doneCh.close();
    }
  }
  /** 模拟客户端建立连接并发送一个请求，返回读取响应的 channel。 */
  async dial(req: string): Promise<[Chan<string> | null, Error | null]> {
    const c = new MemConn(req);
    let result: [Chan<string> | null, Error | null] = [null, ErrClosed];
    await select([this.conns.onSend(c, () => (result = [c.resp, null])), this.doneCh.onRecv(() => (result = [null, ErrClosed]))]);
    return result;
  }
}

// ---- 服务端 ----
class Server {
  private readonly sem: Chan<void>;
  private readonly wg = new WaitGroup();
  private readonly serveDone = chan<void>(); // serve 的 accept 循环退出后关闭
  readonly active = new atomic.Int32();
  readonly peak = new atomic.Int32();
  constructor(limit: number) {
    this.sem = chan<void>(limit);
  }

  async serve(l: Listener): Promise<Error> {
    for (;;) {
      const [conn, err] = await l.accept();
      if (err || !conn) {
        this.serveDone.close(); // 之后不会再有 wg.add
        return err ?? ErrClosed; // 监听器关闭：停止接入
      }
      await this.sem.send(); // 满了就等，不再 accept 新连接
      this.wg.add(1);
      go(async () => {
        try {
          await this.handle(conn);
        } finally {
          await this.sem.recv();
          this.wg.done();
        }
      });
    }
  }

  private async handle(conn: Conn): Promise<void> {
    const n = this.active.add(1);
    if (n > this.peak.load()) this.peak.store(n);
    try {
      const req = conn.read();
      if (req === 'boom') throw new Error('handler bug');
      await sleep(req === 'slow' ? 100 : 50);
      await conn.write('200 echo ' + req);
    } catch {
      await conn.write('500 internal error'); // 一个请求出错不能打崩整个服务
    } finally {
      this.active.add(-1);
      conn.close();
    }
  }

  /** 停止接入并等待在途连接处理完，ctx 到期则放弃等待。
   * 先等 accept 循环退出，再 wg.wait：否则刚 accept 的连接可能在 wait 开始后才 add(1)。 */
  async shutdown(ctx: Context, l: Listener): Promise<Error | null> {
    l.close();
    let stopped = false;
    await select([this.serveDone.onRecv(() => (stopped = true)), ctx.done()!.onRecv(() => (stopped = false))]);
    if (!stopped) return ctx.err();
    const done = chan<void>();
    go(async () => {
      await this.wg.wait();
      done.close();
    });
    let err: Error | null = null;
    await select([done.onRecv(() => (err = null)), ctx.done()!.onRecv(() => (err = ctx.err()))]);
    return err;
  }
}

const l = new MemListener();
const srv = new Server(LIMIT);
const serveErr = chan<Error>(1);
go(async () => {
  await serveErr.send(await srv.serve(l));
});

// 客户端同时请求，其中一个触发处理函数的异常
const resps: string[] = new Array<string>(REQS.length).fill('');
const cwg = new WaitGroup();
REQS.forEach((r, i) => {
  cwg.add(1);
  go(async () => {
    const [ch, err] = await l.dial(r);
    resps[i] = err || !ch ? `${r} -> ${err?.message}` : `${r} -> ${await ch.recv()}`;
    cwg.done();
  });
});
await cwg.wait();
resps.sort();
for (const r of resps) fmt.Println(r);
fmt.Println('peak concurrent handlers:', srv.peak.load(), `(limit ${LIMIT})`);

// 优雅退出：一个慢请求在途时开始 shutdown，shutdown 要等它处理完
const [slow] = await l.dial('slow'); // dial 返回时连接已被 accept
const [ctx, cancel] = context.withTimeout(context.background(), 1000);
fmt.Println('shutdown:', await srv.shutdown(ctx, l));
cancel();
fmt.Println('in-flight request got:', await slow!.recv());
fmt.Println('Serve returned:', await serveErr.recv());
const [, lateErr] = await l.dial('late');
fmt.Println('dial after shutdown:', lateErr);
