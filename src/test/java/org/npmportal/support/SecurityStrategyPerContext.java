package org.npmportal.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own security-context strategy into Spring Security's static holder whenever a
 * portal context starts. Test classes that start extra contexts (other properties, start-up checks)
 * would leave the last one's strategy there, so that the cached context under test and Vaadin's
 * simulated requests read different thread-locals. Before each test this puts back the strategy of
 * the context the test runs against, as in production, where there is only one.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 1000;
    }
}
