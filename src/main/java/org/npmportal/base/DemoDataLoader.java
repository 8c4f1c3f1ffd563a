package org.npmportal.base;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads every feature's demo data in order, each feature in its own transaction. What a person needs first,
 * the demo logins ({@link DemoData#neededAtStart()}), is there before the portal accepts requests; the rest
 * follows on a background thread once the portal is ready, because it takes seconds that nobody should wait
 * for at the sign-in page ({@code portal.demo-data.background=false} loads everything before start, as the
 * tests do). A stop in the middle lets the feature being loaded finish and skips the rest; since each feature
 * leaves existing data alone, the next start loads what is missing.
 */
@Component
@Profile("demo")
class DemoDataLoader implements SmartInitializingSingleton, ApplicationListener<ApplicationReadyEvent>,
        DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ObjectProvider<DemoData> demoData;
    private final TransactionTemplate transactions;
    private final boolean background;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "demo-data");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    DemoDataLoader(ObjectProvider<DemoData> demoData, TransactionTemplate transactions,
            @Value("${portal.demo-data.background:true}") boolean background) {
        this.demoData = demoData;
        this.transactions = transactions;
        this.background = background;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load(background ? atStart() : all());
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!background) {
            return;
        }
        List<DemoData> later = all().stream().filter(data -> !data.neededAtStart()).toList();
        worker.execute(() -> {
            long begin = System.nanoTime();
            try {
                if (load(later)) {
                    log.info("Demo data loaded in the background in {} ms",
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
                }
            } catch (RuntimeException e) {
                log.error("Loading the demo data failed; what loaded before the failure stays", e);
            }
        });
    }

    /** Waits for the feature being loaded, so that its transaction is not cut off when the database closes. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        worker.shutdown();
        if (!worker.awaitTermination(1, TimeUnit.MINUTES)) {
            log.warn("Demo data still loading after a minute of waiting at shutdown; its transaction rolls back");
        }
    }

    /** The features needed at start come first in the order, because later features build on earlier ones. */
    private List<DemoData> atStart() {
        List<DemoData> all = all();
        int first = (int) all.stream().takeWhile(DemoData::neededAtStart).count();
        if (all.stream().skip(first).anyMatch(DemoData::neededAtStart)) {
            throw new IllegalStateException("Demo data needed at start must be ordered before all other demo data");
        }
        return all.subList(0, first);
    }

    private List<DemoData> all() {
        return demoData.orderedStream().toList();
    }

    /** Returns false when a stop cut the loading short. */
    private boolean load(List<DemoData> features) {
        for (DemoData data : features) {
            if (stopping) {
                log.info("Demo data loading stopped at shutdown before {}; the next start loads the rest",
                        data.getClass().getSimpleName());
                return false;
            }
            log.debug("Loading demo data: {}", data.getClass().getSimpleName());
            transactions.executeWithoutResult(status -> data.load());
        }
        return true;
    }
}
