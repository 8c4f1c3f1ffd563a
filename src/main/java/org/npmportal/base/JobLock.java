package org.npmportal.base;

import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs each scheduled job in one portal instance at a time when several share a database: a job runs only
 * in the instance that holds its row in {@code job_lock} (ShedLock, with the database's clock, so that the
 * instances' clocks need not agree). The lock saves repeated work; the jobs still guard every change they
 * make (row locks, conditional updates, unique reminder rows), so a job that runs longer than
 * {@code portal.jobs.lock-at-most-for} cannot make anything happen twice. That time is also how long a job
 * pauses when its instance died, or lost the database, while running it: the lock could not be released.
 * Locking goes through the job's own error handling: a job whose lock cannot be read (the database is
 * down) fails like the job itself would, and runs again at its next time.
 */
@Component
public class JobLock {

    private final LockingTaskExecutor executor;
    private final Duration lockAtMostFor;

    JobLock(DataSource dataSource, @Value("${portal.jobs.lock-at-most-for:PT2M}") Duration lockAtMostFor) {
        this.lockAtMostFor = lockAtMostFor;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withTableName("job_lock")
                        .usingDbTime()
                        .build()));
    }

    /** Runs the job here unless another instance is running it now; returns whether it ran here. */
    public boolean runAlone(String job, Runnable task) {
        try {
            return executor.executeWithLock(() -> {
                task.run();
                return Boolean.TRUE;
            }, new LockConfiguration(ClockProvider.now(), job, lockAtMostFor, Duration.ZERO)).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
