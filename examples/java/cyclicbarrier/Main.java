import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// CyclicBarrier：三个人到齐后，由最后到达的线程执行屏障动作“开始开会”，然后一起放行。
// 三个任务错开 100 ms 提交，保证前面几行的顺序确定；屏障打开后三人同时被放行，
// “会议结束”三行的顺序不确定（example.json 里用 anyOrder 标注）。
public class Main {
    private static final int NUM = 3;
    private static final CyclicBarrier barrier = new CyclicBarrier(NUM, () -> {
        System.out.println("所有人都好了，开始开会...");
        System.out.println("-------------------");
    });

    private static Runnable person(String name, long millis) {
        return () -> {
            System.out.println(name + " 在上厕所");
            try {
                Thread.sleep(millis);
                System.out.println(name + " 上完了");
                barrier.await();
                System.out.println("会议结束，" + name + " 退出");
            } catch (InterruptedException | BrokenBarrierException e) {
                e.printStackTrace();
            }
        };
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(NUM);
        pool.submit(person("A", 700));
        Thread.sleep(100);
        pool.submit(person("B", 300));
        Thread.sleep(100);
        pool.submit(person("C", 400));

        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
