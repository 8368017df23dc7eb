// 搜索的查询集：读者真会输入的中文面试查询，以及应该命中的问题（页面#锚点，取自 docs/ 里真实的 ## 标题）。
// 一个查询在手册里有两道题都正面回答时，两个都列出（命中任意一个就算对）。
// npm run bench 和 tests/unit/search.test.ts 用它算首条命中率（top-1）和前五命中率（top-5）。

export interface SearchQuery {
  q: string;
  /** docs/<页面>#<问题 id>，不含 baseUrl。 */
  expect: string[];
}

const q = (query: string, ...expect: string[]): SearchQuery => ({ q: query, expect: expect.map((e) => `docs/${e}`) });

export const QUERIES: SearchQuery[] = [
  q('幻读', 'mysql/transactions-mvcc-locks#phantom-mvcc'),
  q('MVCC', 'mysql/transactions-mvcc-locks#phantom-mvcc'),
  q('间隙锁', 'mysql/transactions-mvcc-locks#gap-lock'),
  q('最左前缀', 'mysql/indexes#leftmost-prefix'),
  q('深分页', 'mysql/sql-optimization#deep-pagination'),
  q('回表', 'mysql/engines-indexes#covering-index'),
  q('索引下推', 'mysql/indexes#index-condition-pushdown'),
  q('两阶段提交', 'mysql/logs-crash-recovery#two-phase-commit'),
  q('主从延迟', 'mysql/replication-ha#replication-lag'),
  q('索引失效', 'mysql/indexes#index-invalidation'),
  q('调度器', 'go-runtime/scheduler-gmp#gmp'),
  q('逃逸分析', 'go-runtime/memory-stack-gc#escape-analysis', 'jvm/jit-troubleshooting#escape-analysis'),
  q('三色标记', 'go-runtime/memory-stack-gc#gc-process'),
  q('切片扩容', 'go-basics/slices-maps-structs#slice-growth'),
  q('goroutine 泄漏', 'go-concurrency/patterns#goroutine-leak'),
  q('无缓冲 channel', 'go-concurrency/csp-goroutine-channel#unbuffered-sync'),
  q('三次握手', 'os-network/tcp-udp#tcp-three-way-handshake'),
  q('零拷贝', 'os-network/memory-pagecache-zerocopy#zero-copy'),
  q('僵尸进程', 'os-network/process-thread-ipc-deadlock#orphan-zombie'),
  q('惊群', 'os-network/io-models-epoll#thundering-herd'),
  q('TIME_WAIT', 'os-network/tcp-udp#time-wait'),
  q('拥塞控制', 'os-network/tcp-udp#congestion-control'),
  q('epoll 原理', 'os-network/io-models-epoll#epoll'),
  q('缓存穿透', 'system-design/cache-pitfalls#breakdown-penetration-avalanche'),
  q('缓存和数据库一致性', 'system-design/cache-consistency#cache-consistency'),
  q('令牌桶', 'system-design/rate-limit-scaling-ha#rate-limiting'),
  q('熔断器', 'system-design/resilience#circuit-breaker'),
  q('秒杀系统', 'system-design/design-cases#flash-sale'),
  q('一致性哈希', 'system-design/sharding#hash-algorithms', 'system-design/sharding#sharding'),
  q('分布式锁', 'distributed/locks#distributed-lock'),
  q('雪花算法', 'distributed/transactions-ids-counters#global-id', 'system-design/design-cases-feed-id-im#id-service'),
  q('Raft 选举', 'distributed/consistency-consensus#raft'),
  q('看门狗续期', 'distributed/locks#redis-lock'),
  q('脑裂', 'redis/ha-cluster-transactions#redis-ha-sentinel', 'mysql/replication-ha#mysql-high-availability'),
  q('内存淘汰策略', 'redis/expiry-eviction-persistence#redis-eviction'),
  q('大 key', 'redis/bigkeys-hotkeys#redis-big-keys'),
  q('Redis 为什么快', 'redis/types-and-threading#redis-why-fast'),
  q('消息积压', 'mq/reliability-backlog#message-backlog'),
  q('事务消息', 'mq/rocketmq#transactional-message'),
  q('双亲委派', 'jvm/classloading#class-loaders'),
  q('锁升级', 'java/synchronized-lock-upgrade#lock-optimization'),
  q('线程池拒绝策略', 'java/collections-threadpool#rejection-policies'),
  q('ThreadLocal 内存泄漏', 'java/jmm-volatile-threadlocal#threadlocal'),
  q('循环依赖', 'spring/bean-lifecycle-tx-boot#circular-dependency'),
  q('事务传播', 'spring/bean-lifecycle-tx-boot#tx-propagation'),
  q('快速排序', 'algorithms/sorting#quicksort'),
];
