import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

// Semaphore(0)：三个线程各 release() 一个许可，主线程 acquire(3) 等许可凑齐。
// 为了输出顺序确定：任务错开 100 ms 提交，且每人先打印“上完了”再 release()。
public class Main {
    private static final int NUM = 3;
    private static final Semaphore semaphore = new Semaphore(0);

    private static Runnable person(String name, long millis) {
        return () -> {
            System.out.println(name + " 在上厕所");
            try {
                Thread.sleep(millis);
                System.out.println(name + " 上完了");
                semaphore.release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(NUM);
        pool.submit(person("A", 900));
        Thread.sleep(100);
        pool.submit(person("B", 300));
        Thread.sleep(100);
        pool.submit(person("C", 400));
        Thread.sleep(100);

        System.out.println("等待所有人从厕所回来开会...");
        semaphore.acquire(NUM);
        System.out.println("所有人都好了，开始开会...");

        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
