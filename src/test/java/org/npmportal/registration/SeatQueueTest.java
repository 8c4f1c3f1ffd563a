package org.npmportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.Await;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The seminar queue of link actions with real threads and the real database: what queues while a batch runs is
 * taken together into one transaction, one failing action costs the others nothing (and leaves nothing of
 * itself stored), and an unreachable database fails everyone at once instead of one by one.
 */
@PortalTest
@WithUserDetails("organiser")
class SeatQueueTest {

    @Autowired
    SeatQueue queue;
    @Autowired
    SeminarService seminars;
    @Autowired
    EntityManager entityManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;

    long seminar;

    @BeforeEach
    void seminar() {
        seminar = Participants.seminar(seminars, "Queue " + UUID.randomUUID(), 50, false, 30);
    }

    @Test
    void actions_queued_while_a_batch_runs_share_the_next_transaction_and_each_gets_its_own_result() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Object> first = threads.submit(() -> queue.run(seminar, null, null, s -> {
                started.countDown();
                await(release);
                return transaction();
            }));
            await(started);
            List<Future<Object[]>> queued = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int number = i;
                queued.add(threads.submit(() -> queue.run(seminar, null, null, s -> new Object[] {number, transaction(),
                        counted()})));
            }
            Await.until("20 actions waiting", () -> queue.waiting(seminar) == 20);
            release.countDown();

            Object firstTransaction = first.get(1, TimeUnit.MINUTES);
            List<Object[]> results = new ArrayList<>();
            for (Future<Object[]> each : queued) {
                results.add(each.get(1, TimeUnit.MINUTES));
            }
            // Every caller got the result of its own action, not a neighbour's.
            assertThat(results).extracting(r -> r[0]).containsExactlyElementsOf(range(20));
            assertThat(results).extracting(r -> r[1]).containsOnly(results.getFirst()[1]).doesNotContain(firstTransaction);
            // Each action saw every one before it in the batch: the counts 1..20 each appear once.
            assertThat(results).extracting(r -> r[2]).containsExactlyInAnyOrderElementsOf(
                    range(20).stream().map(n -> (Object) (n + 1)).toList());
        }
        assertThat(waitlistLength()).isEqualTo(20);
    }

    @Test
    void a_crowd_larger_than_a_batch_is_decided_in_full_batches_in_arrival_order() throws Exception {
        int crowd = SeatQueue.MAX_BATCH + 5;
        List<Object> transactions = batchOf(crowd, number -> seminarRow -> transaction());

        // The first MAX_BATCH share one transaction, the last five the next one.
        assertThat(transactions.subList(0, SeatQueue.MAX_BATCH)).containsOnly(transactions.getFirst());
        assertThat(transactions.subList(SeatQueue.MAX_BATCH, crowd)).containsOnly(transactions.getLast())
                .doesNotContain(transactions.getFirst());
    }

    @Test
    void an_action_that_fails_in_a_batch_fails_alone_and_the_others_are_stored_once() throws Exception {
        List<Object> outcomes = batchOf(6, number -> seminarRow -> {
            counted();
            if (number == 3) {
                throw new IllegalStateException("action 3 breaks");
            }
            return transaction();
        });

        assertThat(outcomes.get(3)).isInstanceOf(IllegalStateException.class);
        List<Object> others = new ArrayList<>(outcomes);
        others.remove(3);
        // Run again one per transaction after the batch rolled back.
        assertThat(others).doesNotHaveDuplicates().allMatch(o -> !(o instanceof Throwable));
        assertThat(waitlistLength()).isEqualTo(5);
    }

    @Test
    void when_the_database_cannot_be_reached_every_action_of_the_batch_fails_at_once() throws Exception {
        List<Integer> runs = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Object> outcomes = batchOf(5, number -> seminarRow -> {
            runs.add(number);
            counted();
            if (number == 4) {
                throw new CannotCreateTransactionException("no connection");
            }
            return number;
        });

        assertThat(outcomes).allMatch(o -> o instanceof CannotCreateTransactionException);
        assertThat(runs).containsExactly(0, 1, 2, 3, 4);
        assertThat(waitlistLength()).isZero();
    }

    /** Runs {@code count} actions as one batch (queued behind a blocker) and returns each result or exception. */
    private List<Object> batchOf(int count, Function<Integer, Function<Seminar, Object>> action) throws Exception {
        return OneBatch.run(queue, seminar, range(count).stream()
                .map(i -> outcome(() -> queue.run(seminar, null, null, action.apply(i)))).toList());
    }

    private static Callable<Object> outcome(Callable<Object> task) {
        return () -> {
            try {
                return task.call();
            } catch (RuntimeException e) {
                return e;
            }
        };
    }

    /** Stands for the current transaction: its entity manager holder is new for each. */
    private Object transaction() {
        return TransactionSynchronizationManager.getResource(entityManagerFactory);
    }

    /** Adds one to the seminar's waitlist counter in the current transaction and returns the new value. */
    private Object counted() {
        entityManager.createNativeQuery("update seminar set waitlist_length = waitlist_length + 1 where id = ?")
                .setParameter(1, seminar).executeUpdate();
        return ((Number) entityManager.createNativeQuery("select waitlist_length from seminar where id = ?")
                .setParameter(1, seminar).getSingleResult()).intValue();
    }

    private int waitlistLength() {
        return jdbc.queryForObject("select waitlist_length from seminar where id = ?", Integer.class, seminar);
    }

    private static List<Integer> range(int count) {
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
