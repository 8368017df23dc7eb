import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

// Semaphore(0)：三个线程各 release() 一个许可，主线程 acquire(3) 等许可凑齐。
// 输出顺序靠门闩交接排定，不靠睡眠：main 等每个人报到后才提交下一个；
// 回来的顺序是 B → C → A，每人等前一个人回来才回来。
public class Main {
    private static final int NUM = 3;
    private static final Semaphore semaphore = new Semaphore(0);

    private static Runnable person(String name, CountDownLatch arrived, CountDownLatch myTurn, CountDownLatch nextTurn) {
        return () -> {
            System.out.println(name + " 在上厕所");
            arrived.countDown();
            try {
                myTurn.await();
                System.out.println(name + " 上完了");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                semaphore.release();              // 放在 finally 里：出异常也要归还许可，否则 main 永远等不齐
                nextTurn.countDown();
            }
        };
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch turnB = new CountDownLatch(1), turnC = new CountDownLatch(1);
        CountDownLatch turnA = new CountDownLatch(1), none = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(NUM);
        CountDownLatch in = new CountDownLatch(1);
        pool.submit(person("A", in, turnA, none));
        in.await();
        in = new CountDownLatch(1);
        pool.submit(person("B", in, turnB, turnC));
        in.await();
        in = new CountDownLatch(1);
        pool.submit(person("C", in, turnC, turnA));
        in.await();

        System.out.println("等待所有人从厕所回来开会...");
        turnB.countDown();
        semaphore.acquire(NUM);
        System.out.println("所有人都好了，开始开会...");

        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
