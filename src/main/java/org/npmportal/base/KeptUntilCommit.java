package org.npmportal.base;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a transaction gathers and makes together just before it commits, in one round trip instead of one each:
 * one object per transaction and kind, bound to the transaction until it completes (none of it is written if it
 * rolls back).
 */
public final class KeptUntilCommit {

    private KeptUntilCommit() {
    }

    /**
     * Binds a new object of type {@code kind} to the current transaction, unless it has one already, and hands it to
     * {@code beforeCommit} just before the transaction commits.
     */
    public static <T> void keep(Class<T> kind, Supplier<T> create, Consumer<T> beforeCommit) {
        if (TransactionSynchronizationManager.hasResource(kind)) {
            return;
        }
        T kept = create.get();
        TransactionSynchronizationManager.bindResource(kind, kept);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                beforeCommit.accept(kept);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(kind);
            }
        });
    }

    /** The object of type {@code kind} the current transaction keeps, or null when it keeps none. */
    public static <T> T kept(Class<T> kind) {
        Object kept = TransactionSynchronizationManager.getResource(kind);
        return kind.isInstance(kept) ? kind.cast(kept) : null;
    }
}
