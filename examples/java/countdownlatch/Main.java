import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// CountDownLatch：主线程等三个人都回来再开会。
// 输出顺序靠门闩交接排定，不靠睡眠：main 等每个人报到后才提交下一个；
// 回来的顺序是 B → C → A，每人等前一个人回来（自己的 turn 门闩被打开）才回来。
public class Main {
    private static final int NUM = 3;
    private static final CountDownLatch latch = new CountDownLatch(NUM);

    private static Runnable person(String name, CountDownLatch arrived, CountDownLatch myTurn, CountDownLatch nextTurn) {
        return () -> {
            System.out.println(name + " 在上厕所");
            arrived.countDown();                  // 告诉 main：我已经进去了
            try {
                myTurn.await();                   // 轮到我才出来
                System.out.println(name + " 上完了");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                latch.countDown();                // 放在 finally 里：出异常也要减计数
                nextTurn.countDown();             // 把“出来”的机会交给下一个人
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
        turnB.countDown();                        // B 第一个出来，随后依次交给 C、A
        latch.await();
        System.out.println("所有人都好了，开始开会...");

        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
