package org.npmportal.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.mail.MailMessage;
import org.npmportal.mail.MailOutbox;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
@WithUserDetails("admin")
class OutboxViewTest extends SpringBrowserlessTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_admin_finds_a_mail_by_recipient_and_reads_its_text() {
        String recipient = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
        transactions.executeWithoutResult(status -> outbox.enqueue(new MailMessage("test.view", null, recipient,
                Language.KK, "Семинарға шақыру", "Құрметті қатысушы, семинарға шақырамыз.")));

        var view = navigate(OutboxView.class);
        test(view.text).setValue(recipient);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).subject()).isEqualTo("Семинарға шақыру");
        test(view.grid).clickRow(0);
        roundTrip();
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.getElement().getTextRecursively()).contains("Құрметті қатысушы");
    }
}
