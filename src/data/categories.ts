/** 分类，顺序即侧边栏和首页的顺序（与 content-map 一致）。 */
export interface Category {
  id: string;
  label: string;
  summary: string;
}

export const CATEGORIES: Category[] = [
  { id: 'go-basics', label: 'Go 基础', summary: '切片、map、结构体、defer 与标准库的常见追问' },
  { id: 'go-concurrency', label: 'Go 并发', summary: 'CSP、channel、select、同步原语与并发模式' },
  { id: 'go-runtime', label: 'Go 运行时', summary: 'GMP 调度器、栈、逃逸分析与垃圾回收' },
  { id: 'os-network', label: '操作系统与网络', summary: '进程线程、I/O 模型与 epoll、TCP/UDP、HTTP 与 gRPC' },
  { id: 'mysql', label: 'MySQL', summary: '索引、事务与 MVCC、锁、复制与高可用' },
  { id: 'redis', label: 'Redis', summary: '数据结构与编码、线程模型、淘汰与持久化、哨兵与集群' },
  { id: 'mq', label: '消息队列', summary: '为什么用 MQ、选型、可靠性与积压、RocketMQ 与 Kafka' },
  { id: 'distributed', label: '分布式', summary: '分布式锁、一致性与 Raft、分布式事务与全局 ID' },
  { id: 'system-design', label: '系统设计', summary: '高并发总览、负载均衡、缓存、分库分表、限流、微服务与可观测性' },
  { id: 'java', label: 'Java', summary: 'synchronized 与锁升级、AQS 与 CAS、JMM、集合与线程池、JUC 同步器' },
  { id: 'jvm', label: 'JVM', summary: '内存区域、对象布局、垃圾回收与收集器、类加载与双亲委派、JIT 与排查工具' },
  { id: 'spring', label: 'Spring', summary: 'IoC 与 AOP、代理、Bean 生命周期、循环依赖、事务传播与 Boot 启动' },
  { id: 'algorithms', label: '算法', summary: '排序、数组与链表的高频题' },
  { id: 'engineering-practice', label: '工程实践', summary: '测试与压测、Linux 命令、Git、设计题与项目经验' },
];
