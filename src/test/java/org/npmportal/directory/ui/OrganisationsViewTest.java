package org.npmportal.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.npmportal.audit.AuditLog;
import org.npmportal.directory.OrganisationKind;
import org.npmportal.directory.OrganisationRepository;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@PortalTest
@WithUserDetails("organiser")
class OrganisationsViewTest extends SpringBrowserlessTest {

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    AuditLog auditLog;

    @Test
    void an_organiser_adds_a_partner_organisation_that_is_stored_and_audited() {
        var view = navigate(OrganisationsView.class);
        test(view.add).click();
        roundTrip();
        test(view.name).setValue("Қазақстан адам құқықтары бюросы (test)");
        test(view.acronym).setValue("KB-test");
        test(view.kind).selectItem("NGO");
        test(view.website).setValue("https://example.kz");
        test(view.save).click();

        var stored = organisations.findByName("Қазақстан адам құқықтары бюросы (test)").orElseThrow();
        assertThat(stored.getKind()).isEqualTo(OrganisationKind.NGO);
        assertThat(stored.getWebsite()).isEqualTo("https://example.kz");
        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(auditLog.historyOf("organisation", stored.getId())).extracting(e -> e.getAction())
                .containsExactly("ORGANISATION_CREATED");
    }

    @Test
    void a_name_that_differs_only_in_case_is_refused_in_russian_and_nothing_is_saved() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        var view = navigate(OrganisationsView.class);
        long before = organisations.count();
        test(view.add).click();
        roundTrip();
        test(view.name).setValue("penal reform international");
        test(view.save).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Организация с таким названием уже есть.");
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    void a_website_without_http_is_refused_by_the_form() {
        var view = navigate(OrganisationsView.class);
        long before = organisations.count();
        test(view.add).click();
        roundTrip();
        test(view.name).setValue("Website check (test)");
        test(view.website).setValue("javascript:alert(1)");
        test(view.save).click();

        assertThat(view.website.isInvalid()).isTrue();
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    void the_filter_finds_organisations_by_acronym() {
        var view = navigate(OrganisationsView.class);
        test(view.filter).setValue("OMCT");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).getName()).isEqualTo("World Organisation against Torture");
    }
}
