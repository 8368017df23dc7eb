import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// CountDownLatch：主线程等三个人都回来再开会。
// 为了输出顺序确定：三个任务错开 100 ms 提交，且每人先打印“上完了”再 countDown()。
public class Main {
    private static final int NUM = 3;
    private static final CountDownLatch latch = new CountDownLatch(NUM);

    private static Runnable person(String name, long millis) {
        return () -> {
            System.out.println(name + " 在上厕所");
            try {
                Thread.sleep(millis);
                System.out.println(name + " 上完了");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                latch.countDown(); // 放在 finally 里：出异常也要减计数
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
        latch.await();
        System.out.println("所有人都好了，开始开会...");

        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
