package org.npmportal.mail;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MailSettings.class)
class MailConfig {

    static {
        nameStreamProvider();
    }

    /**
     * Jakarta Mail 2.1 looks up its stream provider through a new ServiceLoader for every header it encodes or
     * decodes and every part it writes (jakartaee/mail-api#861), which searches the class path each time — in
     * the registration storm benchmark a tenth of the portal's CPU. Its own system property, when set, names
     * the provider instead; this names the one the ServiceLoader finds anyway (Angus Mail's), unless the
     * property was already set.
     */
    static void nameStreamProvider() {
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
        }
    }
}
