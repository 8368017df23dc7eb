// 分表后不带分片键的查询：把同一条查询发到全部 1024 张分表，用固定大小的线程池并发执行，再合并结果。
// 原文（PDF 提取）丢失了泛型，并且 lambda 直接捕获了循环变量 shardingIndex（不是 effectively final，无法编译）。
// userMapper 换成一个内存实现：分表 i 中“处理中”的账户由 i 决定，结果确定。
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class Main {
    static final int SHARDS = 1024;
    static final int THREADS = 16;

    record Account(int shard, String id) {}

    interface UserMapper {
        List<Account> getProcessingAccountList(int shardingIndex);
    }

    // 内存替身：每 100 张表里有一张含 1 个处理中的账户，每 256 张表里有一张含 2 个
    static class InMemoryUserMapper implements UserMapper {
        @Override
        public List<Account> getProcessingAccountList(int shardingIndex) {
            List<Account> rows = new ArrayList<>();
            if (shardingIndex % 100 == 7) {
                rows.add(new Account(shardingIndex, "acct-" + shardingIndex + "-a"));
            }
            if (shardingIndex % 256 == 0) {
                rows.add(new Account(shardingIndex, "acct-" + shardingIndex + "-a"));
                rows.add(new Account(shardingIndex, "acct-" + shardingIndex + "-b"));
            }
            return rows;
        }
    }

    static class TaskExecutor {
        private final ExecutorService pool;

        TaskExecutor(ExecutorService pool) {
            this.pool = pool;
        }

        // invokeAll 返回的 Future 与任务的提交顺序一致，所以合并结果的顺序是确定的；
        // 超时未完成的任务会被取消，get() 时抛出 CancellationException。
        <T> List<T> executeTask(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
            List<Future<T>> futures = pool.invokeAll(tasks, 5, TimeUnit.SECONDS);
            List<T> result = new ArrayList<>(futures.size());
            for (Future<T> future : futures) {
                result.add(future.get());
            }
            return result;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        UserMapper userMapper = new InMemoryUserMapper();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        TaskExecutor taskExecutor = new TaskExecutor(pool);

        List<Callable<List<Account>>> taskList = new ArrayList<>();
        for (int shardingIndex = 0; shardingIndex < SHARDS; shardingIndex++) {
            final int index = shardingIndex; // lambda 只能捕获 effectively final 的局部变量
            taskList.add(() -> userMapper.getProcessingAccountList(index));
        }

        List<Account> merged = new ArrayList<>();
        try {
            List<List<Account>> perShard = taskExecutor.executeTask(taskList);
            int nonEmpty = 0;
            for (List<Account> rows : perShard) {
                if (!rows.isEmpty()) {
                    nonEmpty++;
                }
                merged.addAll(rows);
            }
            System.out.println("shards queried: " + perShard.size() + ", threads: " + THREADS);
            System.out.println("shards with rows: " + nonEmpty);
        } catch (ExecutionException e) {
            System.out.println("query failed: " + e.getCause());
        } finally {
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }

        System.out.println("merged accounts: " + merged.size());
        for (int i = 0; i < 4 && i < merged.size(); i++) {
            Account a = merged.get(i);
            System.out.println("  shard " + a.shard() + " -> " + a.id());
        }
        Account last = merged.get(merged.size() - 1);
        System.out.println("  ...");
        System.out.println("  shard " + last.shard() + " -> " + last.id());
    }
}
