import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// CyclicBarrier：三个人到齐后，由最后到达的线程执行屏障动作“开始开会”，然后一起放行。
// 前几行的顺序靠门闩交接排定（不靠睡眠）：main 等每个人报到后才提交下一个，回来的顺序是 B → C → A。
// 屏障打开后三人同时被放行，“会议结束”三行谁先谁后不确定。
public class Main {
    private static final int NUM = 3;
    private static final CyclicBarrier barrier = new CyclicBarrier(NUM, () -> {
        System.out.println("所有人都好了，开始开会...");
        System.out.println("-------------------");
    });

    private static Runnable person(String name, CountDownLatch arrived, CountDownLatch myTurn, CountDownLatch nextTurn) {
        return () -> {
            System.out.println(name + " 在上厕所");
            arrived.countDown();
            try {
                myTurn.await();
                System.out.println(name + " 上完了");
                nextTurn.countDown();
                barrier.await();
                System.out.println("会议结束，" + name + " 退出");
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
        pool.submit(person("A", in, turnA, none));
        in.await();
        in = new CountDownLatch(1);
        pool.submit(person("B", in, turnB, turnC));
        in.await();
        in = new CountDownLatch(1);
        pool.submit(person("C", in, turnC, turnA));
        in.await();
        turnB.countDown();

        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
