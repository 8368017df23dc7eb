// juc.ts — java.util.concurrent 里几个同步器的 TypeScript 小移植（示例里 import from './juc'）。
//
// 全部建立在 ./go 的原语之上：“阻塞”就是等待一个 channel 被关闭，
// 所以沙箱的死锁检测（所有 goroutine 都在等且没有计时器）对它们同样有效。
// 这里只求语义与 Java 对应，不模拟中断和超时。

import { chan, go } from './go';
import type { Chan } from './go';

/** 一个只能关闭一次的“门”：等待者 await recv()，打开时 close() 放行所有人。 */
function gate(): Chan<void> {
  return chan<void>();
}

/**
 * CountDownLatch：计数只减不增，减到 0 时放行所有 await() 的等待者，之后再 await() 立即返回。
 * 对应 Java：new CountDownLatch(n)、countDown()、await()、getCount()。
 */
export class CountDownLatch {
  private count: number;
  private readonly zero = gate();

  constructor(count: number) {
    if (!Number.isInteger(count) || count < 0) throw new Error('IllegalArgumentException: count < 0');
    this.count = count;
    if (count === 0) this.zero.close();
  }

  /** 计数减一；已经是 0 时什么也不做（与 Java 相同）。 */
  countDown(): void {
    if (this.count === 0) return;
    this.count--;
    if (this.count === 0) this.zero.close();
  }

  /** 阻塞到计数归零。 */
  async await(): Promise<void> {
    await this.zero.recv();
  }

  getCount(): number {
    return this.count;
  }
}

/**
 * CyclicBarrier：parties 个参与者都调用 await() 后，由最后到达者执行屏障动作，
 * 然后一起放行；屏障随即进入下一代，可以反复使用。
 * await() 的返回值与 Java 相同：到达序号，第一个到达返回 parties-1，最后一个返回 0。
 */
export class CyclicBarrier {
  private count: number;
  private generation = gate();

  constructor(
    readonly parties: number,
    private readonly barrierAction?: () => unknown,
  ) {
    if (!Number.isInteger(parties) || parties <= 0) throw new Error('IllegalArgumentException: parties <= 0');
    this.count = parties;
  }

  async await(): Promise<number> {
    const current = this.generation;
    const index = --this.count;
    if (index === 0) {
      // 最后到达：先执行屏障动作（在其他人被放行之前），再开启下一代并放行这一代。
      if (this.barrierAction) await this.barrierAction();
      this.count = this.parties;
      this.generation = gate();
      current.close();
      return 0;
    }
    await current.recv();
    return index;
  }

  /** 正在屏障处等待的参与者数。 */
  getNumberWaiting(): number {
    return this.parties - this.count;
  }
}

/**
 * Semaphore：许可计数。acquire(n) 许可不足时排队等待（按先来先得），
 * release(n) 归还许可并按顺序放行等得到的等待者。许可不属于任何线程，初始值可以是 0。
 */
export class Semaphore {
  private permits: number;
  private readonly waiters: Array<{ n: number; wake: Chan<void> }> = [];

  /**
   * 与 Java 一样默认非公平：许可够时 acquire 直接拿走，哪怕队列里有人在等（插队）；
   * fair 为 true 时，队列里有人就排到队尾。release 按队列顺序把许可交给排在最前、许可已够的等待者。
   */
  constructor(
    permits: number,
    private readonly fair = false,
  ) {
    this.permits = permits;
  }

  async acquire(n = 1): Promise<void> {
    if (n < 0) throw new Error('IllegalArgumentException');
    if ((!this.fair || this.waiters.length === 0) && this.permits >= n) {
      this.permits -= n;
      return;
    }
    const wake = gate();
    this.waiters.push({ n, wake });
    await wake.recv();
  }

  isFair(): boolean {
    return this.fair;
  }

  hasQueuedThreads(): boolean {
    return this.waiters.length > 0;
  }

  /** 不阻塞：许可够就拿走并返回 true，否则返回 false。和 Java 一样，公平模式下也插队。 */
  tryAcquire(n = 1): boolean {
    if (this.permits >= n) {
      this.permits -= n;
      return true;
    }
    return false;
  }

  release(n = 1): void {
    this.permits += n;
    while (this.waiters.length > 0 && this.permits >= this.waiters[0]!.n) {
      const w = this.waiters.shift()!;
      this.permits -= w.n;
      w.wake.close();
    }
  }

  availablePermits(): number {
    return this.permits;
  }
}

/**
 * 类似 Java Thread 的小帮手：Thread.start(name, fn) 启动一个 goroutine，join() 等它结束。
 * 也可以当作固定线程池的替身：每个 submit 的任务就是一个 Thread。
 */
export class Thread {
  private readonly finished = gate();

  private constructor(readonly name: string) {}

  static start(name: string, body: () => unknown): Thread {
    const t = new Thread(name);
    go(async () => {
      try {
        await body();
      } finally {
        t.finished.close();
      }
    });
    return t;
  }

  async join(): Promise<void> {
    await this.finished.recv();
  }
}
