package org.npmportal.mail;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Work that commits while the portal stops (the demo data loading in the background) enqueues mail after the
 * dispatcher's worker has shut down; that mail stays in the outbox for the next start. Waking the stopped
 * dispatcher used to throw RejectedExecutionException into the committing transaction's after-commit hook,
 * which Spring logged as an error with a stack trace.
 */
class MailDispatcherStopTest {

    @Test
    void a_stopped_dispatcher_ignores_wake_ups() throws Exception {
        // Nothing but the worker is touched once it is stopped, so no repository, sender or settings are needed.
        var dispatcher = new MailDispatcher(null, null, null, null, null, Clock.systemUTC());
        dispatcher.stop();

        assertThatCode(dispatcher::wakeUp).doesNotThrowAnyException();
        assertThatCode(() -> dispatcher.onEnqueued(null)).doesNotThrowAnyException();
    }
}
