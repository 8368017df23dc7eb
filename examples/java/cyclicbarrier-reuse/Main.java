import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// 同一个 CyclicBarrier 用三次：开会、干活、下班。每一代结束时屏障动作打印分隔线。
// 每一代打开后三个线程同时被放行，同一代里的三行顺序不确定（example.json 用 anyOrder 标注）。
// 种子原文里 A 的第三句误写成“C 工作结束”，这里已改正。
public class Main {
    private static final int NUM = 3;
    private static final CyclicBarrier barrier =
            new CyclicBarrier(NUM, () -> System.out.println("-------------------"));

    private static Runnable person(String name, long millis, String work, String offWork) {
        return () -> {
            System.out.println(name + " 在上厕所");
            try {
                Thread.sleep(millis);
                System.out.println(name + " 上完了");
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
        ExecutorService pool = Executors.newFixedThreadPool(NUM);
        pool.submit(person("A", 700, "开始写代码", "A 工作结束，下班回家"));
        Thread.sleep(100);
        pool.submit(person("B", 300, "开始摸鱼", "B 摸鱼结束，下班回家"));
        Thread.sleep(100);
        pool.submit(person("C", 400, "开始摸鱼", "C 摸鱼结束，下班回家"));

        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
