package com.mediapatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same task on many threads released at the same instant, for races that must have one winner. */
public final class Parallel {

    private Parallel() {
    }

    /** Runs {@code task} {@code times} times at once and returns each run's result, in start order. */
    public static <T> List<T> run(int times, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> runs = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int index = i;
                runs.add(pool.submit(() -> {
                    start.await();
                    return task.run(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One run; the index tells the runs apart. */
    @FunctionalInterface
    public interface Task<T> {
        T run(int index) throws Exception;
    }
}
