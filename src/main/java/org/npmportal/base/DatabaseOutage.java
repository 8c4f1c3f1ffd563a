package org.npmportal.base;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a lost database apart from other errors, and says in one log line what was lost. */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether the error, or one of its causes, says that the database could not be reached. */
    public static boolean isCause(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (current instanceof DataAccessResourceFailureException
                    || current instanceof CannotCreateTransactionException) {
                return true;
            }
            if (current.getCause() == current) {
                return false;
            }
        }
        return false;
    }

    /** The innermost cause's type and message, which names what failed (refused, timed out, closed). */
    public static String summary(Throwable error) {
        Throwable root = error;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
