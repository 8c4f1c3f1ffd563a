package org.npmportal.base;

import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the portal where to find it and, in the demo profile, how to sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final ObjectProvider<DemoData> demoData;
    private final String contextPath;

    StartupBanner(ObjectProvider<DemoData> demoData,
            @Value("${server.servlet.context-path:}") String contextPath) {
        this.demoData = demoData;
        this.contextPath = contextPath;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        var lines = new ArrayList<String>();
        lines.add("NPM Portal is running at http://localhost:" + web.getWebServer().getPort() + contextPath + "/");
        demoData.orderedStream().forEach(data -> lines.addAll(data.startupNotes()));
        log.info("\n\n    {}\n", String.join("\n    ", lines));
    }
}
