// Raft 选主模拟：5 个节点、随机（由 SEED 决定）的选举超时、一次网络分区。
// 看点：任期（term）单调递增；每个任期每个节点只投一票；被隔离的旧 leader 写不进多数派，
// 分区恢复后看到更大的任期立即退为 follower，它未提交的日志被新 leader 覆盖。
// 为了简短，日志复制做了简化：AppendEntries 携带 leader 的整份日志。
import { fmt } from './go';

// ===== 可以修改的参数（毫秒）=====
const N = 5; // 节点数
const SEED = 7; // 伪随机数序列的起点：决定每次的选举超时
const HEARTBEAT_MS = 50; // leader 心跳间隔
const ELECTION_MIN_MS = 150; // 选举超时下限
const ELECTION_MAX_MS = 300; // 选举超时上限
const NET_DELAY_MS = 5; // 单向网络延迟
const PARTITION_AT = 400; // 此刻把当时的 leader 隔离
const HEAL_AT = 1000; // 此刻恢复网络
const END_AT = 1300; // 模拟结束

// 可复现的伪随机数（mulberry32）
let rngState = SEED >>> 0;
function rand(): number {
  rngState = (rngState + 0x6d2b79f5) >>> 0;
  let t = rngState;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

type Role = 'follower' | 'candidate' | 'leader';
interface Entry {
  term: number;
  cmd: string;
}
interface RaftNode {
  id: string;
  role: Role;
  term: number;
  votedFor: string | null;
  votes: Set<string>;
  log: Entry[];
  commit: number; // 已提交的日志条数
  timerGen: number; // 用来让旧的定时器失效
  acked: Map<string, number>; // leader 视角：各 follower 已复制到的日志长度
}

type Msg =
  | { kind: 'vote'; term: number; from: string; lastTerm: number; lastIndex: number }
  | { kind: 'voteResp'; term: number; from: string; granted: boolean }
  | { kind: 'append'; term: number; from: string; log: Entry[]; commit: number }
  | { kind: 'appendResp'; term: number; from: string; ok: boolean; length: number };

const nodes: RaftNode[] = [];
for (let i = 1; i <= N; i++) {
  nodes.push({ id: `n${i}`, role: 'follower', term: 0, votedFor: null, votes: new Set(), log: [], commit: 0, timerGen: 0, acked: new Map() });
}
const byId = new Map(nodes.map((n) => [n.id, n]));
const majority = Math.floor(N / 2) + 1;

// ----- 离散事件调度 -----
const queue: Array<{ at: number; seq: number; fn: () => void }> = [];
let seq = 0;
let now = 0;
const at = (t: number, fn: () => void): void => {
  queue.push({ at: t, seq: seq++, fn });
};
const log = (msg: string): void => fmt.Printf('t=%-5d %s\n', now, msg);

let isolated: string | null = null;
const reachable = (a: string, b: string): boolean => isolated === null || (a !== isolated && b !== isolated);

function send(from: string, to: string, m: Msg): void {
  if (!reachable(from, to)) return; // 分区：消息被丢弃
  at(now + NET_DELAY_MS, () => {
    if (reachable(from, to)) receive(byId.get(to)!, m);
  });
}
function broadcast(n: RaftNode, m: Msg): void {
  for (const p of nodes) if (p.id !== n.id) send(n.id, p.id, m);
}

function resetElectionTimer(n: RaftNode): void {
  const gen = ++n.timerGen;
  const timeout = ELECTION_MIN_MS + Math.floor(rand() * (ELECTION_MAX_MS - ELECTION_MIN_MS));
  at(now + timeout, () => {
    if (n.timerGen === gen && n.role !== 'leader') startElection(n);
  });
}

function becomeFollower(n: RaftNode, term: number, why: string): void {
  const wasLeader = n.role === 'leader';
  if (term > n.term) {
    n.term = term;
    n.votedFor = null;
  }
  n.role = 'follower';
  if (wasLeader) log(`${n.id} 退位为 follower（${why}），任期更新为 ${n.term}`);
  resetElectionTimer(n);
}

function startElection(n: RaftNode): void {
  n.role = 'candidate';
  n.term++;
  n.votedFor = n.id;
  n.votes = new Set([n.id]);
  log(`${n.id} 选举超时，成为 candidate，任期 ${n.term}，先投自己一票`);
  resetElectionTimer(n); // 本轮选不出来就超时重来
  const last = n.log[n.log.length - 1];
  broadcast(n, { kind: 'vote', term: n.term, from: n.id, lastTerm: last ? last.term : 0, lastIndex: n.log.length });
}

function becomeLeader(n: RaftNode): void {
  n.role = 'leader';
  n.timerGen++; // leader 不需要选举定时器
  n.acked = new Map(nodes.map((p) => [p.id, 0]));
  log(`${n.id} 获得 ${n.votes.size}/${N} 票，成为任期 ${n.term} 的 leader`);
  const gen = n.timerGen;
  const beat = (): void => {
    if (n.role !== 'leader' || n.timerGen !== gen) return;
    broadcast(n, { kind: 'append', term: n.term, from: n.id, log: n.log.slice(), commit: n.commit });
    at(now + HEARTBEAT_MS, beat);
  };
  beat();
}

function upToDate(n: RaftNode, lastTerm: number, lastIndex: number): boolean {
  const mine = n.log[n.log.length - 1];
  const myTerm = mine ? mine.term : 0;
  return lastTerm > myTerm || (lastTerm === myTerm && lastIndex >= n.log.length);
}

function receive(n: RaftNode, m: Msg): void {
  if (m.term > n.term) becomeFollower(n, m.term, `收到 ${m.from} 的更大任期 ${m.term}`);
  switch (m.kind) {
    case 'vote': {
      const grant = m.term === n.term && (n.votedFor === null || n.votedFor === m.from) && upToDate(n, m.lastTerm, m.lastIndex);
      if (grant) {
        n.votedFor = m.from;
        resetElectionTimer(n);
        log(`${n.id} 在任期 ${n.term} 投票给 ${m.from}`);
      }
      send(n.id, m.from, { kind: 'voteResp', term: n.term, from: n.id, granted: grant });
      break;
    }
    case 'voteResp':
      if (n.role === 'candidate' && m.term === n.term && m.granted) {
        n.votes.add(m.from);
        if (n.votes.size >= majority) becomeLeader(n);
      }
      break;
    case 'append': {
      if (m.term < n.term) {
        send(n.id, m.from, { kind: 'appendResp', term: n.term, from: n.id, ok: false, length: 0 });
        break;
      }
      if (n.role !== 'follower') becomeFollower(n, m.term, `发现任期 ${m.term} 的 leader ${m.from}`);
      resetElectionTimer(n);
      const dropped = n.log.filter((e, i) => i >= m.log.length || m.log[i].term !== e.term);
      if (dropped.length > 0) log(`${n.id} 丢弃未提交的日志 ${dropped.map((e) => e.cmd).join(',')}，以 leader ${m.from} 为准`);
      n.log = m.log.slice();
      n.commit = Math.min(m.commit, n.log.length);
      send(n.id, m.from, { kind: 'appendResp', term: n.term, from: n.id, ok: true, length: n.log.length });
      break;
    }
    case 'appendResp': {
      if (n.role !== 'leader' || !m.ok) break;
      n.acked.set(m.from, m.length);
      // 多数节点复制到的长度；只提交当前任期的条目
      const lengths = nodes.map((p) => (p.id === n.id ? n.log.length : n.acked.get(p.id) ?? 0)).sort((a, b) => b - a);
      const candidate = lengths[majority - 1];
      if (candidate > n.commit && n.log[candidate - 1].term === n.term) {
        n.commit = candidate;
        log(`${n.id} 日志 ${n.log.slice(0, candidate).map((e) => e.cmd).join(',')} 已复制到多数节点，提交到第 ${candidate} 条`);
      }
      break;
    }
  }
}

function clientWrite(cmd: string): void {
  const leaders = nodes.filter((n) => n.role === 'leader');
  for (const l of leaders) {
    l.log.push({ term: l.term, cmd });
    log(`客户端向 ${l.id}（任期 ${l.term} 的 leader）写入 ${cmd}`);
  }
}

// ----- 剧本 -----
for (const n of nodes) resetElectionTimer(n);
at(PARTITION_AT, () => {
  const leader = nodes.find((n) => n.role === 'leader');
  if (leader) {
    isolated = leader.id;
    log(`网络分区：${leader.id} 被隔离（它仍以为自己是任期 ${leader.term} 的 leader）`);
  }
});
at(PARTITION_AT + 50, () => clientWrite('x=1'));
at(PARTITION_AT + 450, () => clientWrite('y=2'));
at(HEAL_AT, () => {
  log('网络恢复');
  isolated = null;
});

while (queue.length > 0) {
  queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
  const ev = queue.shift()!;
  if (ev.at > END_AT) break;
  now = ev.at;
  ev.fn();
}

fmt.Println('== 结束时的状态 ==');
for (const n of nodes) {
  fmt.Printf('%s %-9s 任期 %d，日志 [%s]，已提交 %d 条\n', n.id, n.role, n.term, n.log.map((e) => `${e.cmd}@${e.term}`).join(' '), n.commit);
}
