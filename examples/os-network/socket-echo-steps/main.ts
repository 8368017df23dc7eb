// TypeScript 版本：浏览器里没有真正的 socket，这里用一个很小的内存模型模拟内核：
// 监听 socket 有一个全连接队列，connect 时“内核”直接完成握手并把服务端一侧的连接放进队列；
// 一条连接是两个方向相反的 channel，关闭 channel 相当于发出 FIN，对方读到 EOF。
import { chan, Chan, fmt, go } from './go';

// ===== 可修改的参数 =====
const MESSAGES = ['ping\n', 'hello\n']; // 客户端依次发送的行
const BACKLOG = 128; // 全连接队列长度
// ========================

class Conn {
  constructor(
    private readonly rx: Chan<string>,
    private readonly tx: Chan<string>,
    readonly localPort: number,
  ) {}

  // 返回 [数据, 是否 EOF]
  async read(): Promise<[string, boolean]> {
    const [data, ok] = await this.rx.recv2();
    return [data, !ok];
  }

  async write(data: string): Promise<void> {
    await this.tx.send(data);
  }

  // 关闭写方向：对方随后读到 EOF。
  closeWrite(): void {
    this.tx.close();
  }
}

class Listener {
  readonly acceptQueue: Chan<Conn> = chan<Conn>(BACKLOG);
  constructor(readonly port: number) {}

  // 模拟内核完成三次握手：服务端一侧的连接进入全连接队列，客户端立即拿到连接。
  async dial(clientPort: number): Promise<Conn> {
    const up = chan<string>(16, '');
    const down = chan<string>(16, '');
    await this.acceptQueue.send(new Conn(up, down, this.port));
    return new Conn(down, up, clientPort);
  }

  async accept(): Promise<Conn> {
    return this.acceptQueue.recv();
  }
}

const ln = new Listener(40000);
fmt.Println('服务端：socket、bind、listen 完成，监听 socket 进入 LISTEN');

const c = await ln.dial(51000);
fmt.Println('客户端：connect 返回，三次握手已由内核完成，此时服务端还没有 accept');

const s = await ln.accept();
fmt.Println('服务端：accept 从全连接队列取出连接，得到一个新的已连接 socket');
fmt.Printf('服务端：新 socket 与监听 socket 使用同一个本地端口：%v\n', s.localPort === ln.port);

const done = chan<boolean>();
go(async () => {
  for (;;) {
    const [line, eof] = await s.read();
    if (eof) {
      fmt.Println('服务端：read 返回 EOF，说明收到了 FIN，本端进入 CLOSE_WAIT');
      break;
    }
    fmt.Printf('服务端：read %q，原样写回\n', line);
    await s.write(line);
  }
  fmt.Println('服务端：close，发出 FIN，进入 LAST_ACK');
  s.closeWrite();
  done.close();
});

for (const msg of MESSAGES) {
  fmt.Printf('客户端：write %q\n', msg);
  await c.write(msg);
  const [reply] = await c.read();
  fmt.Printf('客户端：read %q\n', reply);
}

fmt.Println('客户端：shutdown 写方向，发出 FIN，进入 FIN_WAIT_1');
c.closeWrite();

const [, eof] = await c.read();
if (eof) {
  fmt.Println('客户端：read 返回 EOF，收到服务端的 FIN，回 ACK 后进入 TIME_WAIT');
}
await done.recv();
fmt.Println('服务端：关闭监听 socket');
