package org.npmportal.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/** Grants for the funding tests, set up through the services as the demo's finance user does it. */
final class FundingFixture {

    static final Authentication FINANCE = user("finance", "FINANCE");
    static final Authentication ORGANISER = user("organiser", "ORGANISER");
    static final Authentication COMMISSION = user("commission1", "COMMISSION");
    static final LocalDate START = LocalDate.of(2013, 10, 1);
    static final LocalDate END = LocalDate.of(2014, 12, 31);

    final FundingService funding;
    final ExpenditureService spending;
    final SecurityContextHolderStrategy security;

    FundingFixture(FundingService funding, ExpenditureService spending, SecurityContextHolderStrategy security) {
        this.funding = funding;
        this.spending = spending;
        this.security = security;
    }

    static Authentication user(String username, String role) {
        return new UsernamePasswordAuthenticationToken(username, null, AuthorityUtils.createAuthorityList("ROLE_" + role));
    }

    /** A euro grant of 76,000 from 1 Oct 2013 to 31 Dec 2014 (457 days). */
    long euroGrant() {
        return as(FINANCE, () -> funding.saveGrant(null, null, new GrantRequest("Test grant " + UUID.randomUUID(),
                "European Union", "Penal Reform International", "TEST/1", new BigDecimal("76000"), "EUR", START, END,
                GrantStatus.AWARDED)));
    }

    long line(long grantId, String code, BudgetCategory category, String planned) {
        return as(FINANCE, () -> funding.saveLine(grantId, null,
                new LineRequest(code, category, "Line " + code, new BigDecimal(planned))));
    }

    static ExpenditureRequest tenge(long lineId, String amount, String rate, Long seminarId) {
        return new ExpenditureRequest(lineId, LocalDate.of(2013, 11, 30), new BigDecimal(amount), "KZT",
                rate == null ? null : new BigDecimal(rate), "Hotel Almaty LLP", "INV-" + UUID.randomUUID(),
                "Conference hall", seminarId);
    }

    <T> T as(Authentication user, Callable<T> task) {
        var previous = security.getContext();
        security.setContext(new SecurityContextImpl(user));
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            security.setContext(previous);
        }
    }

    /** Runs the tasks on as many real threads, released together; the results in task order. */
    <T> List<T> atOnce(Authentication user, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            var start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return as(user, task);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
