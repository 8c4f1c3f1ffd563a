package org.npmportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.npmportal.support.AtOnce;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job lock against a real database: two {@link JobLock}s on one database stand for two portal
 * instances. Run on H2 by {@link JobLockTest} and on MariaDB by {@link JobLockMariaDbIT}.
 */
abstract class JobLockContract {

    @Autowired
    DataSource dataSource;

    @Test
    void while_one_instance_runs_a_job_the_other_skips_it_and_runs_it_once_it_is_done() throws Exception {
        var first = new JobLock(dataSource, Duration.ofMinutes(2));
        var second = new JobLock(dataSource, Duration.ofMinutes(2));
        String job = "test-" + UUID.randomUUID();
        var running = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var firstRun = pool.submit(() -> first.runAlone(job, () -> {
                running.countDown();
                await(finish);
            }));
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(second.runAlone(job, () -> {
                throw new AssertionError("ran while the other instance held the lock");
            })).isFalse();
            assertThat(second.runAlone("other-" + job, () -> { })).as("another job is not locked").isTrue();

            finish.countDown();
            assertThat(firstRun.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.runAlone(job, () -> { })).isTrue();
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void eight_threads_of_two_instances_starting_a_job_at_once_run_it_once() throws Exception {
        var instances = List.of(new JobLock(dataSource, Duration.ofMinutes(2)),
                new JobLock(dataSource, Duration.ofMinutes(2)));
        String job = "test-" + UUID.randomUUID();
        var runs = new AtomicInteger();
        var skipped = new AtomicInteger();
        List<Callable<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            var instance = instances.get(i % 2);
            tries.add(() -> {
                // The run stays in the job until every other thread has tried, so that none can start after it.
                boolean ran = instance.runAlone(job, () -> {
                    runs.incrementAndGet();
                    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                    while (skipped.get() < 7 && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                });
                if (!ran) {
                    skipped.incrementAndGet();
                }
                return ran;
            });
        }

        assertThat(AtOnce.run(tries)).containsOnlyOnce(true);
        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
