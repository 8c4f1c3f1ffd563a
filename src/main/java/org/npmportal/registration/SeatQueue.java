package org.npmportal.registration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FindOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.hibernate.ReadOnlyMode;
import org.hibernate.Session;
import org.npmportal.mail.MailOutbox;
import org.npmportal.seminar.Seminar;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the link actions of one seminar (confirm, claim, cancel) in batches, so that a popular seminar's opening
 * does not become 200 transactions waiting in turn for its row lock. Actions for a seminar queue here in
 * arrival order; a thread that finds no batch running for that seminar takes everything queued so far (up to
 * {@value #MAX_BATCH}) and runs it in one transaction under the seminar's row lock ({@link Seats#lock}), each
 * action seeing the ones before it, then hands each caller its own result. The batch's actions share one
 * persistence context: the locked seminar is read once, and the registrations and the link tokens the actions name
 * are read right after the lock, one query for each. Threads of a waiting seminar hold no database connection, so
 * one seminar's crowd cannot take the whole pool from everybody else.
 *
 * <p>The row lock stays what keeps decisions right, between portal instances too; this only makes one instance
 * take it once per batch instead of once per action. A batch that fails as a whole (a deadlock, one action's
 * error) is run again one action per transaction, so each caller gets its own answer or its own error; only when
 * the database cannot be reached at all does every caller of the batch get that error at once. The queue keeps
 * one small entry per seminar whose links were used since the portal started.
 */
@Component
class SeatQueue {

    /**
     * Enough to carry a crowd in a few transactions (200 confirmations arriving at once take 3 or 4), few enough that
     * a batch takes well under a tenth of a second. Each batch costs its lock, its reads and its commit whatever its
     * size, and since its links are written at the commit ({@link Links#writeAtCommit}) that is most of its time:
     * in the registration storm bench on MariaDB batches of 32 gave p99 549-739 ms, of 64 382-404 ms and of 128
     * 326 ms.
     */
    static final int MAX_BATCH = 128;

    private final ConcurrentHashMap<Long, Lane> lanes = new ConcurrentHashMap<>();
    private final TransactionTemplate transactions;
    private final Seats seats;
    private final EntityManager entityManager;
    private final MailOutbox outbox;
    private final Links links;

    SeatQueue(TransactionTemplate transactions, Seats seats, EntityManager entityManager, MailOutbox outbox,
            Links links) {
        this.transactions = transactions;
        this.seats = seats;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.links = links;
    }

    /**
     * Runs {@code action} on the seminar locked for it, in a transaction shared with other actions on the same
     * seminar, and returns its result (or throws its exception) once that transaction has committed.
     * {@code registrationId} names the registration (of this seminar) the action reads, and {@code tokenId} the link
     * token it uses, or are null for none: the batch reads its actions' registrations in one query and their tokens
     * in another before the first action runs.
     * The caller must not be in a transaction: its work would not be part of the batch's.
     */
    <T> T run(long seminarId, Long registrationId, Long tokenId, Function<Seminar, T> action) {
        Lane lane = lanes.computeIfAbsent(seminarId, id -> new Lane());
        Pending<T> mine = new Pending<>(registrationId, tokenId, action);
        lane.queue.add(mine);
        while (!mine.isDone()) {
            if (lane.running.compareAndSet(false, true)) {
                try {
                    if (!mine.isDone()) {
                        runBatch(seminarId, lane.take());
                    }
                } finally {
                    lane.running.set(false);
                    lane.wakeNext();
                }
            } else {
                mine.awaitDoneOrTurn();
            }
        }
        return mine.result();
    }

    /** How many actions wait for the seminar's next batch, for monitoring and tests. */
    int waiting(long seminarId) {
        Lane lane = lanes.get(seminarId);
        return lane == null ? 0 : lane.queue.size();
    }

    private void runBatch(long seminarId, List<Pending<?>> batch) {
        try {
            transactions.executeWithoutResult(status -> {
                Seminar seminar = seats.lockForBatch(seminarId);
                // The batch's mails (a seat or waitlist mail per confirmation) go to the outbox together at the
                // commit; nothing in a batch reads the outbox. So do the links it issues (a management link per
                // mail) and the ones it uses (the confirmation links), checked by the database again at the commit.
                outbox.writeAtCommit();
                links.writeAtCommit();
                // Read after the lock, so under READ COMMITTED they show every decision committed before it; the
                // actions then find them in the persistence context instead of each asking the database. Hibernate's
                // multi-load builds its select straight from the mapping; findAllById would build a criteria query,
                // which Hibernate translates through its query tree anew at every call.
                read(batch, Registration.class, pending -> pending.registrationId);
                // Read-only: tokens change only through statements, so the flushes need not check them.
                read(batch, RegistrationToken.class, pending -> pending.tokenId, ReadOnlyMode.READ_ONLY);
                // No flush between actions: each sees the ones before it in the persistence context, Hibernate
                // writes pending changes before any query that reads their tables, and the rest is written at the
                // commit. A failure there still fails the batch, which then runs one action per transaction.
                batch.forEach(pending -> pending.run(seminar));
            });
        } catch (RuntimeException | Error e) {
            if (batch.size() == 1 || unreachable(e)) {
                batch.forEach(pending -> pending.fail(e));
            } else {
                batch.forEach(pending -> runAlone(seminarId, pending));
            }
        }
        batch.forEach(Pending::publish);
    }

    /** Reads the entities the batch's actions name into the persistence context, in one query. */
    private void read(List<Pending<?>> batch, Class<?> type, Function<Pending<?>, Long> named, FindOption... options) {
        List<Long> ids = batch.stream().map(named).filter(Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            entityManager.unwrap(Session.class).findMultiple(type, ids, options);
        }
    }

    private void runAlone(long seminarId, Pending<?> pending) {
        try {
            transactions.executeWithoutResult(status -> pending.run(seats.lock(seminarId)));
        } catch (RuntimeException | Error e) {
            pending.fail(e);
        }
    }

    /** No database to try again with: each action alone would wait for a connection in vain. */
    private static boolean unreachable(Throwable e) {
        return e instanceof CannotCreateTransactionException || e instanceof DataAccessResourceFailureException;
    }

    /** The queue of one seminar and whether a batch of it is running. */
    private static final class Lane {

        final Queue<Pending<?>> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean running = new AtomicBoolean();

        List<Pending<?>> take() {
            List<Pending<?>> batch = new ArrayList<>();
            for (Pending<?> next = queue.poll(); next != null; next = queue.poll()) {
                batch.add(next);
                if (batch.size() == MAX_BATCH) {
                    break;
                }
            }
            return batch;
        }

        /** Tells the first waiting caller that it may run the next batch. */
        void wakeNext() {
            Pending<?> next = queue.peek();
            if (next != null) {
                next.yourTurn();
            }
        }
    }

    /** One caller's action and, once its batch committed, its result. */
    private static final class Pending<T> {

        private final Long registrationId;
        private final Long tokenId;
        private final Function<Seminar, T> action;
        private T value;
        private Throwable failure;
        private boolean done;
        private boolean turn;

        Pending(Long registrationId, Long tokenId, Function<Seminar, T> action) {
            this.registrationId = registrationId;
            this.tokenId = tokenId;
            this.action = action;
        }

        /** Runs the action in the batch's transaction; kept until the transaction has committed. */
        void run(Seminar seminar) {
            value = action.apply(seminar);
        }

        void fail(Throwable e) {
            value = null;
            failure = e;
        }

        synchronized void publish() {
            done = true;
            notifyAll();
        }

        synchronized void yourTurn() {
            turn = true;
            notifyAll();
        }

        synchronized boolean isDone() {
            return done;
        }

        synchronized void awaitDoneOrTurn() {
            boolean interrupted = false;
            while (!done && !turn) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            turn = false;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized T result() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return value;
        }
    }
}
