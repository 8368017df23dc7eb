// 拥塞窗口模拟：同一串网络事件分别交给 Reno（AIMD）和 CUBIC，按 RTT 逐轮打印 cwnd。
// 单位是 MSS（段）；一轮 = 一个 RTT。只模拟窗口的变化规则，不模拟逐个报文。
import { fmt } from './go';

// ===== 可修改的参数 =====
const ROUNDS = 26; // 模拟多少个 RTT
const RTT_S = 0.5; // 每轮的时长（秒）；CUBIC 的增长只看距上次丢包的真实时间
const INIT_CWND = 10; // 初始窗口 IW10（RFC 6928）
const INIT_SSTHRESH = 40; // 初始慢启动阈值（真实内核里初始值几乎无穷大，这里调小便于观察）
const DUPACK_LOSS_AT = [9]; // 这些轮收到 3 个重复 ACK：快速重传 + 快速恢复
const TIMEOUT_AT = [18]; // 这些轮发生超时重传（RTO）
const CUBIC_C = 0.4; // CUBIC 常数 C（RFC 9438）
const CUBIC_BETA = 0.7; // CUBIC 乘性减小因子 β
// ========================

type Algo = 'Reno' | 'CUBIC';

class Sender {
  cwnd = INIT_CWND;
  ssthresh = INIT_SSTHRESH;
  // CUBIC 状态：上次减窗前的窗口 Wmax、本轮拥塞避免开始后的时间 t、回到 Wmax 需要的时间 K
  wmax = 0;
  t = 0;
  k = 0;
  epochStarted = false;
  constructor(readonly algo: Algo) {}

  get beta(): number {
    return this.algo === 'Reno' ? 0.5 : CUBIC_BETA;
  }

  // 一轮正常的 ACK 到达后窗口怎样增长，返回所处阶段。
  grow(): string {
    if (this.cwnd < this.ssthresh) {
      // 慢启动：每个 ACK 加 1，一轮下来翻倍，越过 ssthresh 的部分交给拥塞避免（这里直接封顶）
      this.cwnd = Math.min(this.cwnd * 2, this.ssthresh);
      return '慢启动';
    }
    if (this.algo === 'Reno') {
      this.cwnd += 1; // 拥塞避免：每个 RTT 加 1 个 MSS（加性增）
      return '拥塞避免';
    }
    // CUBIC：W(t) = C(t-K)^3 + Wmax，t 是这一段拥塞避免开始后的秒数（省略了 TCP 友好区域）
    if (!this.epochStarted) {
      // 新一段拥塞避免开始：K = cbrt((Wmax - cwnd) / C)；从没丢过包时以当前窗口为 Wmax，K = 0
      this.epochStarted = true;
      this.t = 0;
      if (this.wmax <= this.cwnd) {
        this.wmax = this.cwnd;
        this.k = 0;
      } else {
        this.k = Math.cbrt((this.wmax - this.cwnd) / CUBIC_C);
      }
    }
    this.t += RTT_S;
    const target = CUBIC_C * Math.pow(this.t - this.k, 3) + this.wmax;
    this.cwnd = Math.max(this.cwnd, Math.floor(target));
    return this.t < this.k ? 'CUBIC 凹区' : 'CUBIC 凸区';
  }

  // 乘性减：记录 Wmax，按 β 降低 ssthresh。
  private reduce(): void {
    this.wmax = this.cwnd;
    this.ssthresh = Math.max(Math.floor(this.cwnd * this.beta), 2);
    this.epochStarted = false;
  }

  onDupAcks(): string {
    this.reduce();
    this.cwnd = this.ssthresh; // 快速恢复结束后从 ssthresh 继续，不回到 1
    return '3 个重复 ACK';
  }

  onTimeout(): string {
    this.reduce();
    this.cwnd = 1; // 超时说明网络可能严重拥塞：回到 1，重新慢启动
    return '超时重传';
  }
}

function run(algo: Algo): void {
  fmt.Printf('== %s（β = %v）==\n', algo, algo === 'Reno' ? 0.5 : CUBIC_BETA);
  const s = new Sender(algo);
  for (let r = 1; r <= ROUNDS; r++) {
    let phase: string;
    if (DUPACK_LOSS_AT.includes(r)) phase = s.onDupAcks();
    else if (TIMEOUT_AT.includes(r)) phase = s.onTimeout();
    else phase = s.grow();
    const bar = '#'.repeat(Math.round(s.cwnd / 2)).padEnd(26, ' ');
    fmt.Printf('RTT %2d  cwnd %3d  ssthresh %3d  %s %s\n', r, s.cwnd, s.ssthresh, bar, phase);
  }
  fmt.Println();
}

run('Reno');
run('CUBIC');
