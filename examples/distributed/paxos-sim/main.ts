// Basic Paxos 模拟：3 个 acceptor，两个 proposer。消息的到达顺序由脚本决定，输出确定。
// 场景一：P1 的值 x 已被多数派接受（已选定），P2 之后发起提案，必须沿用 x。
// 场景二：同样的顺序，但 P2 违反规则、坚持自己的值 y：两个多数派选定了不同的值。
// 场景三：两个 proposer 交替抢编号，互相打断（活锁），随后一方退避，另一方完成。
import { fmt } from './go';

interface Proposal {
  n: number;
  v: string;
}

class Acceptor {
  promised = 0; // 承诺过的最大编号
  accepted: Proposal | null = null; // 接受过的编号最大的提案
  constructor(public name: string) {}
  prepare(n: number): { ok: boolean; accepted: Proposal | null } {
    if (n <= this.promised) return { ok: false, accepted: null };
    this.promised = n;
    return { ok: true, accepted: this.accepted };
  }
  accept(p: Proposal): boolean {
    if (p.n < this.promised) return false;
    this.promised = p.n;
    this.accepted = p;
    return true;
  }
}

// 统计每个编号被哪些 acceptor 接受；过半即“选定”
function chosen(accs: Acceptor[], history: Array<[string, Proposal]>): Array<{ n: number; v: string; by: string[] }> {
  const byN = new Map<number, { v: string; by: Set<string> }>();
  for (const [a, p] of history) {
    if (!byN.has(p.n)) byN.set(p.n, { v: p.v, by: new Set() });
    byN.get(p.n)!.by.add(a);
  }
  return [...byN]
    .filter(([, e]) => e.by.size * 2 > accs.length)
    .sort((x, y) => x[0] - y[0])
    .map(([n, e]) => ({ n, v: e.v, by: [...e.by].sort() }));
}
const describe = (cs: Array<{ n: number; v: string; by: string[] }>): string =>
  cs.map((c) => `编号 ${c.n} 的 ${c.v}（${c.by.join('、')}）`).join('；');

function phase1(name: string, n: number, to: Acceptor[]): Proposal | null | undefined {
  let best: Proposal | null = null;
  let oks = 0;
  for (const a of to) {
    const r = a.prepare(n);
    fmt.Printf('  %s Prepare(%d) -> %s：%s\n', name, n, a.name, r.ok ? `承诺${r.accepted ? `，已接受 (${r.accepted.n}, ${r.accepted.v})` : '，未接受过'}` : '拒绝');
    if (r.ok) {
      oks++;
      if (r.accepted && (best === null || r.accepted.n > best.n)) best = r.accepted;
    }
  }
  if (oks * 2 <= 3) return undefined; // 没有得到多数派承诺
  return best;
}

function phase2(name: string, p: Proposal, to: Acceptor[], history: Array<[string, Proposal]>): number {
  let oks = 0;
  for (const a of to) {
    const ok = a.accept(p);
    fmt.Printf('  %s Accept(%d, %s) -> %s：%s\n', name, p.n, p.v, a.name, ok ? '接受' : '拒绝');
    if (ok) {
      oks++;
      history.push([a.name, p]);
    }
  }
  return oks;
}

function scenario(title: string, obeyRule: boolean): void {
  fmt.Printf('== %s ==\n', title);
  const [a1, a2, a3] = [new Acceptor('A1'), new Acceptor('A2'), new Acceptor('A3')];
  const all = [a1, a2, a3];
  const history: Array<[string, Proposal]> = [];
  // P1：编号 1，值 x，和 A1、A2 通信
  phase1('P1', 1, [a1, a2]);
  phase2('P1', { n: 1, v: 'x' }, [a1, a2], history);
  // P2：编号 2，想提议 y，只联系得上 A2、A3
  const best = phase1('P2', 2, [a2, a3]);
  const v = obeyRule && best ? best.v : 'y';
  fmt.Printf('  P2 收到的已接受提案：%s，于是提议 %s\n', best ? `(${best.n}, ${best.v})` : '无', v);
  phase2('P2', { n: 2, v }, [a2, a3], history);
  const cs = chosen(all, history);
  const values = new Set(cs.map((c) => c.v));
  fmt.Printf('  被多数派接受的提案：%s\n', describe(cs));
  fmt.Printf('  结果：%s\n', values.size === 1 ? `只选定了一个值 ${[...values][0]}` : `选定了 ${values.size} 个不同的值  <== 违反安全性`);
}

function duel(): void {
  fmt.Println('== 场景三：两个 proposer 互相打断（活锁） ==');
  const all = [new Acceptor('A1'), new Acceptor('A2'), new Acceptor('A3')];
  const history: Array<[string, Proposal]> = [];
  let n1 = 1;
  let n2 = 0;
  phase1('P1', n1, all);
  for (let round = 1; round <= 2; round++) {
    n2 = n1 + 1;
    phase1('P2', n2, all); // P2 在 P1 发 Accept 之前抢到更大的编号
    if (phase2('P1', { n: n1, v: 'x' }, all, history) < 2) fmt.Printf('  第 %d 轮：P1 被打断，换编号 %d 重来\n', round, n2 + 1);
    n1 = n2 + 1;
    phase1('P1', n1, all); // P1 的新编号又打断了 P2
    if (phase2('P2', { n: n2, v: 'y' }, all, history) < 2) fmt.Printf('  第 %d 轮：P2 被打断\n', round);
  }
  fmt.Println('  P2 随机退避一段时间，不再抢编号；P1 完成第二阶段：');
  phase2('P1', { n: n1, v: 'x' }, all, history);
  fmt.Printf('  被多数派接受的提案：%s\n', describe(chosen(all, history)));
}

scenario('场景一：P2 遵守规则，沿用已接受的值', true);
scenario('场景二：P2 违反规则，坚持自己的值', false);
duel();
