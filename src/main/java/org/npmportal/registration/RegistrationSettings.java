package org.npmportal.registration;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Registration settings under {@code portal.registration}.
 *
 * @param confirmationTime how long an unconfirmed registration waits for its address to be confirmed
 * @param offerTime        how long a seat offered from the waitlist is kept for its claim link
 * @param cancelCutoff     how long before the start participants can no longer cancel through their link
 * @param reminderDays     reminders go this many days before the start (each once)
 * @param linkLifetime     how long after the seminar ends a participant's management link still works
 *                         (to download the certificate)
 * @param jobInterval      how often expired confirmations and offers and due reminders are looked for
 */
@ConfigurationProperties("portal.registration")
record RegistrationSettings(
        @DefaultValue("PT48H") Duration confirmationTime,
        @DefaultValue("PT48H") Duration offerTime,
        @DefaultValue("PT24H") Duration cancelCutoff,
        @DefaultValue({"7", "1"}) List<Integer> reminderDays,
        @DefaultValue("P180D") Duration linkLifetime,
        @DefaultValue("PT1M") Duration jobInterval) {
}
