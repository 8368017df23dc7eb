import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

// 用真实的 ThreadPoolExecutor 跑同一个剧本：S1…S7 提交，F1…F6 让任务结束，K 等待超过 keepAlive，C 开启 allowCoreThreadTimeOut。
// 每个任务都阻塞在自己的门闩上，由 main 决定它何时结束；main 只在确定的时刻（门闩、信号量交接之后）读取 getPoolSize()，
// 所以输出不依赖线程调度的快慢。
public class Main {
    static final int CORE = 2, MAX = 4, QUEUE = 2;
    static final long KEEP_ALIVE_MS = 300;

    static final Map<Integer, CountDownLatch> started = new ConcurrentHashMap<>();
    static final Map<Integer, CountDownLatch> release = new ConcurrentHashMap<>();
    static final Map<Integer, String> ranBy = new ConcurrentHashMap<>();
    static final Map<Runnable, Integer> ids = new ConcurrentHashMap<>();
    static final Set<String> alive = ConcurrentHashMap.newKeySet();
    static final List<String> exited = new ArrayList<>();   // 只在 synchronized (exited) 下访问
    static final Semaphore exits = new Semaphore(0);
    static final List<Integer> pendingIdle = new ArrayList<>(); // 已打印“进入空闲”、等 K/C 前再放行的任务
    static final List<Integer> completed = new ArrayList<>();
    static final List<Integer> rejected = new ArrayList<>();
    static final AtomicInteger created = new AtomicInteger();

    static final ArrayBlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUE);
    static final ThreadFactory factory = r -> {
        String name = "W" + created.incrementAndGet();
        alive.add(name);
        return new Thread(() -> {
            try {
                r.run();                       // runWorker：执行首个任务，然后循环 getTask()
            } finally {
                alive.remove(name);            // getTask() 返回 null 后线程才走到这里
                synchronized (exited) { exited.add(name); }
                exits.release();
            }
        }, name);
    };
    static final ThreadPoolExecutor pool = new ThreadPoolExecutor(CORE, MAX, KEEP_ALIVE_MS, TimeUnit.MILLISECONDS,
            queue, factory, new ThreadPoolExecutor.AbortPolicy());

    static Runnable task(int n) {
        started.put(n, new CountDownLatch(1));
        release.put(n, new CountDownLatch(1));
        Runnable r = () -> {
            ranBy.put(n, Thread.currentThread().getName());
            started.get(n).countDown();
            try {
                release.get(n).await();        // 等 main 说“这个任务做完了”
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ids.put(r, n);
        return r;
    }

    static String queueText() {
        StringBuilder sb = new StringBuilder("队列 [");
        String sep = "";
        for (Runnable r : queue) { sb.append(sep).append('#').append(ids.get(r)); sep = " "; }
        return sb.append("] ").append(queue.size()).append('/').append(QUEUE).toString();
    }

    static void await(CountDownLatch l) throws InterruptedException {
        if (!l.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("等待超时");
    }

    static void submit(int n) throws InterruptedException {
        int before = pool.getPoolSize();
        Runnable r = task(n);
        try {
            pool.execute(r);
        } catch (RejectedExecutionException e) {
            rejected.add(n);
            System.out.println("提交 #" + n + " → 队列已满且线程数已达 max " + MAX + "：AbortPolicy 抛出 RejectedExecutionException");
            return;
        }
        if (queue.contains(r)) {
            System.out.println("提交 #" + n + " → 线程数已达 core " + CORE + "，入队；" + queueText());
            return;
        }
        await(started.get(n));                 // 新线程以它为首个任务启动
        String why = before < CORE ? "线程数 " + before + " < core " + CORE
                                   : "队列已满，线程数 " + before + " < max " + MAX;
        System.out.println("提交 #" + n + " → " + why + "，新建 " + ranBy.get(n) + " 执行；poolSize=" + pool.getPoolSize());
    }

    static void finish(int n) throws InterruptedException {
        String w = ranBy.get(n);
        completed.add(n);
        Runnable head = queue.peek();
        if (head != null) {
            int next = ids.get(head);
            release.get(n).countDown();
            await(started.get(next));          // 只有 w 空出来了，所以一定是它取走队头
            System.out.println("#" + n + " 完成 → " + ranBy.get(next) + " 从队列取出 #" + next + "；" + queueText());
            return;
        }
        int count = pool.getPoolSize();
        boolean timed = pool.allowsCoreThreadTimeOut() || count > CORE;
        System.out.println("#" + n + " 完成 → " + w + " 队列为空，" + (timed
                ? "poll(keepAlive) 限时等待（线程数 " + count + " > core " + CORE + "）"
                : "take() 一直等待（线程数 " + count + " ≤ core " + CORE + "）"));
        pendingIdle.add(n);                    // 下一次 K/C 前才放行，打印的线程数就不会被超时退出打乱
    }

    static void flushIdle() {
        for (int n : pendingIdle) release.get(n).countDown();
        pendingIdle.clear();
    }

    /** 等待超过 keepAlive；expectedExits 是这一轮应当超时退出的线程数。 */
    static void waitKeepAlive(int expectedExits) throws InterruptedException {
        flushIdle();
        if (expectedExits > 0) {
            exits.tryAcquire(expectedExits, 10, TimeUnit.SECONDS);
        } else {
            Thread.sleep(3 * KEEP_ALIVE_MS);   // 给足 3 倍 keepAlive：用 take() 等待的线程不会退出
        }
        List<String> gone;
        synchronized (exited) { gone = new ArrayList<>(new TreeSet<>(exited)); exited.clear(); }
        String who = gone.isEmpty() ? "没有线程退出" : String.join("、", gone) + " 超时退出";
        System.out.println("等待超过 keepAlive：" + who + "；存活 [" + String.join(" ", new TreeSet<>(alive))
                + "]，poolSize=" + pool.getPoolSize());
    }

    static String list(List<Integer> xs) {
        if (xs.isEmpty()) return "无";
        StringBuilder sb = new StringBuilder();
        for (int x : xs) sb.append(sb.length() == 0 ? "" : " ").append('#').append(x);
        return sb.toString();
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("core=" + CORE + " max=" + MAX + " queue=" + QUEUE + " keepAlive=" + KEEP_ALIVE_MS
                + "ms policy=AbortPolicy");
        for (int n = 1; n <= 7; n++) submit(n);
        finish(1);
        finish(2);
        finish(3);
        finish(4);
        waitKeepAlive(2);                      // W1、W2 先创建，却是它们超时退出
        finish(5);
        finish(6);
        waitKeepAlive(0);
        flushIdle();
        pool.allowCoreThreadTimeOut(true);
        System.out.println("allowCoreThreadTimeOut(true)：中断空闲线程，它们改用 poll(keepAlive) 等待");
        waitKeepAlive(2);

        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("---- 汇总 ----");
        System.out.println("完成：" + list(completed));
        System.out.println("由 main 自己执行：无");
        System.out.println("抛异常被拒绝：" + list(rejected));
        System.out.println("被丢弃：无");
        System.out.println("累计创建线程：" + created.get() + "，最后存活：" + pool.getPoolSize());
    }
}
