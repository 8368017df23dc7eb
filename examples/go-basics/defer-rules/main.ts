import { fmt } from './go';

// JS 没有 defer。这里用一个“栈帧”对象模拟 Go 函数的返回过程：
//   1) 执行函数体；函数体的返回值先写进 frame.result（相当于给命名返回值赋值）
//   2) 按后进先出执行登记的 defer；defer 可以读写 frame.result，也可以 recover
//   3) 如果 panic 没有被 recover，继续向上抛；否则返回 frame.result
class Frame<R> {
  result: R;
  private readonly deferred: (() => void)[] = [];
  private panicking = false;
  private panicValue: unknown = null;

  constructor(zero: R) {
    this.result = zero;
  }

  defer(fn: () => void): void {
    this.deferred.push(fn);
  }

  // recover 只在 defer 执行期间、且正在 panic 时返回非 nil
  recover(): unknown {
    if (!this.panicking) return null;
    this.panicking = false;
    const v = this.panicValue;
    this.panicValue = null;
    return v;
  }

  static call<R>(zero: R, body: (f: Frame<R>) => R): R {
    const f = new Frame<R>(zero);
    try {
      f.result = body(f);
    } catch (e) {
      f.panicking = true;
      f.panicValue = e;
    }
    while (f.deferred.length > 0) f.deferred.pop()!();
    if (f.panicking) throw f.panicValue;
    return f.result;
  }
}

function order(): void {
  Frame.call(null, (f) => {
    const a = '  第 1 个 defer';
    f.defer(() => fmt.Println(a));
    const b = '  第 2 个 defer';
    f.defer(() => fmt.Println(b));
    const c = '  第 3 个 defer';
    f.defer(() => fmt.Println(c));
    fmt.Println('  函数体结束');
    return null;
  });
}

function evalTime(): void {
  Frame.call(null, (f) => {
    let x = 1;
    const arg = x; // defer fmt.Println(..., x)：参数此刻就求值
    f.defer(() => fmt.Println('  传参：defer 时已求值，x =', arg));
    f.defer(() => fmt.Println('  闭包：返回时才读取，x =', x));
    x = 2;
    return null;
  });
}

// 命名返回值：defer 修改的是 frame.result
function named(): number {
  return Frame.call(0, (f) => {
    f.defer(() => {
      f.result *= 2;
    });
    return 21;
  });
}

// 匿名返回值：return n 已把值复制给 result，defer 改的只是局部变量 n
function unnamed(): number {
  return Frame.call(0, (f) => {
    let n = 21;
    f.defer(() => {
      n *= 2;
    });
    return n;
  });
}

function safeDiv(a: number, b: number): [number, Error | null] {
  return Frame.call<[number, Error | null]>([0, null], (f) => {
    f.defer(() => {
      const r = f.recover();
      if (r !== null) f.result = [f.result[0], fmt.Errorf('recovered: %v', r)];
    });
    if (b === 0) throw new Error('runtime error: integer divide by zero');
    return [Math.trunc(a / b), null];
  });
}

class WrappedError extends Error {
  constructor(
    message: string,
    readonly inner: Error,
  ) {
    super(message);
  }
}

function load(name: string): Error | null {
  return Frame.call<Error | null>(null, (f) => {
    f.defer(() => {
      if (f.result !== null) f.result = new WrappedError(`load ${name}: ${f.result.message}`, f.result);
    });
    return new Error('not found');
  });
}

function unwrap(err: Error | null): Error | null {
  return err instanceof WrappedError ? err.inner : null;
}

// Go 1.22 起每次迭代的 i 是新变量；JS 的 for (let ...) 恰好也是每次迭代一个新绑定
function loopClosures(): void {
  Frame.call(null, (f) => {
    for (let i = 0; i < 3; i++) {
      f.defer(() => fmt.Println('  闭包看到的 i =', i));
    }
    return null;
  });
}

function processAll(names: string[]): void {
  for (const n of names) {
    Frame.call(null, (f) => {
      fmt.Println('  open', n);
      f.defer(() => fmt.Println('  close', n));
      fmt.Println('  use', n);
      return null;
    });
  }
}

fmt.Println('1. 执行顺序');
order();
fmt.Println('2. 求值时机');
evalTime();
fmt.Println('3. 返回值');
fmt.Println('  named() =', named(), 'unnamed() =', unnamed());
fmt.Println('4. recover');
const [q, divErr] = safeDiv(1, 0);
fmt.Println('  q =', q, 'err =', divErr);
fmt.Println('5. 包装错误');
const err = load('config.yaml');
fmt.Println('  err =', err, '| errors.Unwrap =', unwrap(err));
fmt.Println('6. 循环里的 defer 闭包');
loopClosures();
fmt.Println('7. 每次迭代释放资源');
processAll(['a.txt', 'b.txt']);
