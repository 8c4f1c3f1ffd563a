package org.npmportal.mail;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings under {@code portal.mail}.
 *
 * @param from         the sender shown to recipients
 * @param retryDelays  the wait before each retry; one try more than delays. The default, 10 tries over
 *                     about 4¼ hours, rides out a typical SMTP outage without keeping people waiting long
 * @param pollInterval how often the dispatcher looks for due mail besides right after each commit
 * @param staleClaim   after how long a mail left "sending" by a crashed instance is tried again
 * @param batchSize    how many mails one dispatcher run sends at most
 */
@ConfigurationProperties("portal.mail")
record MailSettings(
        @DefaultValue("NPM Portal <no-reply@npm-portal.local>") String from,
        @DefaultValue({"PT1M", "PT2M", "PT4M", "PT8M", "PT16M", "PT32M", "PT64M", "PT64M", "PT64M"})
        List<Duration> retryDelays,
        @DefaultValue("PT10S") Duration pollInterval,
        @DefaultValue("PT10M") Duration staleClaim,
        @DefaultValue("50") int batchSize) {
}
