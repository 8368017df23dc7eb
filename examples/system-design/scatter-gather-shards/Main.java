// 分表后不带分片键的查询：把同一条查询发到全部 1024 张分表，用固定大小的线程池并发执行，再合并结果。
// 常见写法里泛型缺失，并且 lambda 直接捕获了循环变量 shardingIndex（不是 effectively final，无法编译）。
// userMapper 换成一个内存实现：分表 i 中“处理中”的账户由 i 决定，结果确定。
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
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

    // 内存实现代替真实的数据库：每 100 张表里有一张含 1 个处理中的账户，每 256 张表里有一张含 2 个
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

        int failed = 0;

        // invokeAll 返回的 Future 与任务的提交顺序一致，所以合并结果的顺序是确定的。
        // 5 秒是整批任务共用的截止时间（不是每个分片各自的超时）：到点还没完成的任务被取消，
        // get() 时抛出 CancellationException；单个分片出错则抛 ExecutionException。
        // 两种情况都只记为这个分片失败（结果为 null），不让整个查询崩掉。
        <T> List<T> executeTask(Collection<? extends Callable<T>> tasks) throws InterruptedException {
            List<Future<T>> futures = pool.invokeAll(tasks, 5, TimeUnit.SECONDS);
            List<T> result = new ArrayList<>(futures.size());
            for (Future<T> future : futures) {
                try {
                    result.add(future.get());
                } catch (CancellationException | ExecutionException e) {
                    failed++;
                    result.add(null);
                }
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
                if (rows == null) {
                    continue;
                }
                if (!rows.isEmpty()) {
                    nonEmpty++;
                }
                merged.addAll(rows);
            }
            System.out.println("shards queried: " + perShard.size() + ", threads: " + THREADS);
            System.out.println("shards with rows: " + nonEmpty);
            System.out.println("failed or timed-out shards: " + taskExecutor.failed);
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
