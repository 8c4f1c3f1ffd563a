package org.npmportal.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.npmportal.privacy.PrivacyFixture;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@PortalTest
@WithUserDetails("admin")
class PeopleViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_looks_up_an_address_sees_what_is_held_and_anonymises_it_after_confirming() {
        var subject = new PrivacyFixture(jdbc).world().subject();
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        var view = navigate(PeopleView.class);
        assertThat(view.download.isVisible()).isFalse();

        test(view.email).setValue(subject.email().toUpperCase(Locale.ROOT));
        test(view.lookUp).click();

        assertThat(view.summary.getElement().getTextRecursively()).contains("Регистрации на семинары: 1",
                "Заявки в отборочные раунды: 1", "Участие в составах: 1", "Письма: 4", "Учётная запись сотрудника");
        assertThat(view.download.isVisible()).isTrue();
        test(view.anonymise).click();
        assertThat(view.confirm.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select full_name from registration where id = ?", String.class,
                subject.registration())).as("nothing changes before the confirmation").isEqualTo(subject.name());

        test(view.confirm).confirm();

        assertThat(jdbc.queryForObject("select full_name from registration where id = ?", String.class,
                subject.registration())).isEqualTo("[anonymised]");
        assertThat(view.summary.getElement().getTextRecursively())
                .isEqualTo("Портал ничего не хранит под этим адресом.");
        assertThat(view.anonymise.isVisible()).isFalse();
    }
}
