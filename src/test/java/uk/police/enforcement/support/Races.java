package uk.police.enforcement.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
/** Two requests released at the same moment, for the tests of optimistic locking. */
public final class Races {

    private Races() {
    }

    /** The statuses of two runs of {@code request} started together, sorted: [200, 412] when one wins. */
    public static List<Integer> twice(Callable<Integer> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> racer = () -> {
            start.await();
            return request.call();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = List.of(pool.submit(racer), pool.submit(racer));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            Collections.sort(statuses);
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
