package org.npmportal.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.npmportal.support.Await;

/**
 * Makes calls that go through a seminar's {@link SeatQueue} run as one batch, in the given order: while a blocking
 * action holds the queue, each call is started on its own thread, and the next only once the one before it waits
 * in the queue; then the blocker lets go and the next batch takes them all.
 */
final class OneBatch {

    private OneBatch() {
    }

    /** The calls' results, in the order given. */
    static <T> List<T> run(SeatQueue queue, long seminar, List<Callable<T>> calls) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> blocker = threads.submit(() -> queue.run(seminar, null, null, s -> {
                started.countDown();
                return await(release);
            }));
            await(started);
            List<Future<T>> queued = new ArrayList<>();
            for (Callable<T> call : calls) {
                queued.add(threads.submit(call));
                int enqueued = queued.size();
                Await.until("call " + enqueued + " to queue", () -> queue.waiting(seminar) == enqueued);
            }
            release.countDown();
            blocker.get(1, TimeUnit.MINUTES);
            List<T> results = new ArrayList<>();
            for (Future<T> each : queued) {
                results.add(each.get(1, TimeUnit.MINUTES));
            }
            return results;
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
