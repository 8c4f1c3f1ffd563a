package org.npmportal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on real threads, one each, released together: every thread waits until all of them have
 * started, so the tasks really meet in the database. The concurrency tests of every feature use it; tasks
 * set up their own sign-in (see {@link #as}).
 */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs the tasks at once and returns their results in task order; a task's exception fails the run. */
    public static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        var ready = new CountDownLatch(tasks.size());
        var start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            ready.await(1, TimeUnit.MINUTES);
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(3, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The task as the given user: signed in on its own thread for the call, signed out afterwards. */
    public static <T> Callable<T> as(org.springframework.security.core.context.SecurityContextHolderStrategy security,
            org.springframework.security.core.Authentication user, Callable<T> task) {
        return () -> {
            security.setContext(new org.springframework.security.core.context.SecurityContextImpl(user));
            try {
                return task.call();
            } finally {
                security.clearContext();
            }
        };
    }

    /** The task, with a runtime exception it throws returned as its result, for tests that count refusals. */
    public static Callable<Object> orFailure(Callable<?> task) {
        return () -> {
            try {
                return task.call();
            } catch (RuntimeException e) {
                return e;
            }
        };
    }
}
