import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// 同一个 CyclicBarrier 用三次：开会、干活、下班。每一代结束时屏障动作打印分隔线。
// 第一代之前的顺序靠门闩交接排定（不靠睡眠），回来的顺序是 B → C → A；
// 每一代打开后三个线程同时被放行，同一代里的三行谁先谁后不确定。
public class Main {
    private static final int NUM = 3;
    private static final CyclicBarrier barrier =
            new CyclicBarrier(NUM, () -> System.out.println("-------------------"));

    private static Runnable person(String name, String work, String offWork,
                                   CountDownLatch arrived, CountDownLatch myTurn, CountDownLatch nextTurn) {
        return () -> {
            System.out.println(name + " 在上厕所");
            arrived.countDown();
            try {
                myTurn.await();
                System.out.println(name + " 上完了");
                nextTurn.countDown();
                barrier.await();                       // 第 1 代：等人到齐开会
                System.out.println("会议结束，" + name + " 退出，" + work);
                barrier.await();                       // 第 2 代：等所有人干完活
                System.out.println(offWork);
                barrier.await();                       // 第 3 代：一起下班
            } catch (InterruptedException | BrokenBarrierException e) {
                e.printStackTrace();
            }
        };
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch turnB = new CountDownLatch(1), turnC = new CountDownLatch(1);
        CountDownLatch turnA = new CountDownLatch(1), none = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(NUM);
        CountDownLatch in = new CountDownLatch(1);
        pool.submit(person("A", "开始写代码", "A 工作结束，下班回家", in, turnA, none));
        in.await();
        in = new CountDownLatch(1);
        pool.submit(person("B", "开始摸鱼", "B 摸鱼结束，下班回家", in, turnB, turnC));
        in.await();
        in = new CountDownLatch(1);
        pool.submit(person("C", "开始摸鱼", "C 摸鱼结束，下班回家", in, turnC, turnA));
        in.await();
        turnB.countDown();

        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
