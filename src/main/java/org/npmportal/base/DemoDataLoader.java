package org.npmportal.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads every feature's demo data in order before the portal accepts requests. */
@Component
@Profile("demo")
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ObjectProvider<DemoData> demoData;
    private final TransactionTemplate transactions;

    DemoDataLoader(ObjectProvider<DemoData> demoData, TransactionTemplate transactions) {
        this.demoData = demoData;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        demoData.orderedStream().forEach(data -> {
            log.debug("Loading demo data: {}", data.getClass().getSimpleName());
            transactions.executeWithoutResult(status -> data.load());
        });
    }
}
