package org.npmportal.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.Fuzz;
import org.npmportal.support.PortalTest;
import org.npmportal.support.PublicFormFuzz;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * Property test of the public registration form and the invitation form: whatever is typed, the person
 * either reads "check your inbox" and the registration is stored exactly as typed (after trimming,
 * collapsing runs of spaces and NFC), or sees a field error in their language and nothing is stored;
 * never an exception.
 */
@PortalTest
@WithAnonymousUser
class RegistrationFormFuzzTest extends PublicFormFuzz {

    @Autowired
    SeminarService seminars;
    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    Visitors visitors;

    @BeforeEach
    void visitors() {
        visitors = new Visitors(jdbc, seminars, security, users);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void whatever_is_typed_is_stored_exactly_or_refused_with_a_translated_field_error_and_nothing_stored() {
        var fuzz = new Fuzz("form.registration");
        long seminar = visitors.seminar("Form fuzz " + visitors.domain, 30);
        List<Region> regions = directory.regions();
        for (int i = 0; i < Fuzz.tries(30); i++) {
            if (i % 15 == 0) {
                // The form's IP address is the same for every visit here: let the per-address limit pass.
                clock.advance(Duration.ofMinutes(11));
            }
            Locale locale = fuzz.pick(LOCALES);
            UI.getCurrent().setLocale(locale);
            String email = visitors.email("f" + i);
            boolean invited = fuzz.chance(0.25);
            RegistrationPage view = invited
                    // Stored as the invitation service stores it: normalised, so at most 200 characters.
                    ? navigate(InvitationFormView.class, Map.of(InvitationFormView.TOKEN, visitors.invite(seminar,
                            email, Fuzz.normalised(fuzz.name(200)), fuzz.pick(List.of(Language.values())))))
                    : navigate(RegistrationFormView.class, Map.of(RegistrationFormView.ID, String.valueOf(seminar)));
            var form = view.form;
            String fullName = fuzz.chance(0.7) ? fuzz.name(200) : fuzz.hostileText();
            String typedEmail = fuzz.chance(0.9) ? "  " + email.toUpperCase(Locale.ROOT) + " " : fuzz.hostileText();
            String organisation = fuzz.chance(0.7) ? fuzz.freeText(200) : fuzz.hostileText();
            String position = fuzz.chance(0.7) ? fuzz.freeText(200) : fuzz.hostileText();
            String needs = fuzz.chance(0.7) ? fuzz.freeText(880) + "\n" + fuzz.freeText(100) : fuzz.hostileText();
            type(form.fullName, fullName);
            type(form.email, typedEmail);
            type(form.organisation, organisation);
            type(form.position, position);
            type(form.needs, needs);
            if (fuzz.chance(0.5)) {
                form.region.setValue(fuzz.pick(regions));
            }
            form.language.setValue(fuzz.chance(0.9) ? fuzz.pick(List.of(Language.values())) : null);
            form.consentProcessing.setValue(fuzz.chance(0.9));
            form.consentListing.setValue(fuzz.chance(0.5));
            String what = "case " + i + " " + Fuzz.replay() + " in " + locale + (invited ? ", invited" : "")
                    + ": name " + Fuzz.printable(fullName) + ", email " + Fuzz.printable(typedEmail)
                    + ", organisation " + Fuzz.printable(organisation) + ", position " + Fuzz.printable(position)
                    + ", needs " + Fuzz.printable(needs);

            test(form.submit).click();

            var rows = jdbc.queryForList("select full_name, organisation, job_position, needs from registration "
                    + "where seminar_id = ? and email = ?", seminar, email);
            if (rows.isEmpty()) {
                assertRefusedOnFields(form, view.outcome.getText(), invalidFields(form), locale, what);
                assertThat(visitors.purposesOfMailTo(email)).as(what).isEmpty();
            } else {
                assertThat(form.isVisible()).as(what).isFalse();
                assertThat(view.outcome.getText()).as(what).contains(typedEmail.strip());
                assertThat(rows.getFirst()).as(what).containsEntry("full_name", Fuzz.normalised(fullName))
                        .containsEntry("organisation", Fuzz.normalised(organisation))
                        .containsEntry("job_position", Fuzz.normalised(position))
                        .containsEntry("needs", Fuzz.normalised(needs));
                assertThat(visitors.purposesOfMailTo(email)).as(what).containsExactly("registration.confirm");
                assertThat(Fuzz.holdsForbidden(Fuzz.normalised(fullName), false)
                        || Fuzz.holdsForbidden(Fuzz.normalised(organisation), false)
                        || Fuzz.holdsForbidden(Fuzz.normalised(position), false)
                        || Fuzz.holdsForbidden(Fuzz.normalised(needs), true)).as(what + ": control characters taken")
                        .isFalse();
            }
        }
    }

    private static List<HasValidation> invalidFields(RegistrationForm form) {
        return List.<HasValidation>of(form.fullName, form.email, form.organisation, form.position, form.region,
                form.language, form.needs, form.consentProcessing).stream().filter(HasValidation::isInvalid).toList();
    }
}
