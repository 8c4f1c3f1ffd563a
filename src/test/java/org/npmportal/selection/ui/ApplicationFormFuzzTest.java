package org.npmportal.selection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.npmportal.selection.Applicants;
import org.npmportal.selection.SelectionService;
import org.npmportal.selection.TestRounds;
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
 * Property test of the public application form of a selection round: whatever is typed, the candidate is
 * stored exactly as typed (trimmed, runs of spaces collapsed on single lines, NFC), or the person sees a
 * field error in their language and nothing is stored; never an exception. Text that could read
 * differently on screen than it is stored (control characters, bidirectional overrides, lone surrogates)
 * is refused, as on the registration form.
 */
@PortalTest
@WithAnonymousUser
class ApplicationFormFuzzTest extends PublicFormFuzz {

    @Autowired
    SelectionService rounds;
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

    Applicants people;

    @BeforeEach
    void people() {
        people = new Applicants(jdbc, security, users);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void whatever_is_typed_is_stored_exactly_or_refused_with_a_translated_field_error_and_nothing_stored() {
        var fuzz = new Fuzz("form.application");
        long round = people.as("organiser", () -> TestRounds.open(rounds, "Application fuzz " + people.domain));
        List<Region> regions = directory.regions();
        for (int i = 0; i < Fuzz.tries(30); i++) {
            if (i % 15 == 0) {
                // The form's IP address is the same for every visit here: let the per-address limit pass.
                clock.advance(Duration.ofMinutes(11));
            }
            Locale locale = fuzz.pick(LOCALES);
            UI.getCurrent().setLocale(locale);
            String email = people.email("a" + i);
            var view = navigate(ApplicationFormView.class, Map.of(ApplicationFormView.ROUND_ID, String.valueOf(round)));
            var form = view.form;
            String fullName = fuzz.chance(0.7) ? fuzz.name(200) : fuzz.hostileText();
            String typedEmail = fuzz.chance(0.9) ? " " + email.toUpperCase(Locale.ROOT) + "  " : fuzz.hostileText();
            String phone = fuzz.chance(0.7) ? "+7 (7" + fuzz.between(0, 99) + ") " + fuzz.between(100, 999) + "-"
                    + fuzz.between(10, 99) : fuzz.hostileText();
            String organisation = fuzz.chance(0.7) ? fuzz.freeText(200) : fuzz.hostileText();
            String languages = fuzz.chance(0.7) ? fuzz.freeText(200) : fuzz.hostileText();
            String experience = fuzz.chance(0.7) ? fuzz.freeText(3000) + "\r\n" + fuzz.freeText(900)
                    : fuzz.hostileText();
            String motivation = fuzz.chance(0.7) ? fuzz.freeText(4000) : fuzz.hostileText();
            type(form.fullName, fullName);
            type(form.email, typedEmail);
            type(form.phone, phone);
            type(form.organisation, organisation);
            type(form.languages, languages);
            type(form.experience, experience);
            type(form.motivation, motivation);
            form.region.setValue(fuzz.chance(0.9) ? fuzz.pick(regions) : null);
            form.language.setValue(fuzz.chance(0.9) ? fuzz.pick(List.of(Language.values())) : null);
            form.consentProcessing.setValue(fuzz.chance(0.9));
            form.shareContacts.setValue(fuzz.chance(0.5));
            String what = "case " + i + " " + Fuzz.replay() + " in " + locale + ": name " + Fuzz.printable(fullName)
                    + ", email " + Fuzz.printable(typedEmail) + ", phone " + Fuzz.printable(phone) + ", organisation "
                    + Fuzz.printable(organisation) + ", languages " + Fuzz.printable(languages) + ", experience "
                    + Fuzz.printable(experience) + ", motivation " + Fuzz.printable(motivation);

            test(form.submit).click();

            var rows = jdbc.queryForList("select full_name, phone, organisation, languages, experience, motivation "
                    + "from selection_candidate where round_id = ? and email = ?", round, email);
            if (rows.isEmpty()) {
                assertRefusedOnFields(form, view.outcome.getText(), invalidFields(form), locale, what);
                assertThat(people.purposesOfMailTo(email)).as(what).isEmpty();
            } else {
                assertThat(form.isVisible()).as(what).isFalse();
                assertThat(rows.getFirst()).as(what).containsEntry("full_name", Fuzz.normalised(fullName))
                        .containsEntry("phone", Fuzz.normalised(phone))
                        .containsEntry("organisation", Fuzz.normalised(organisation))
                        .containsEntry("languages", Fuzz.normalised(languages))
                        .containsEntry("experience", Fuzz.normalisedLines(experience))
                        .containsEntry("motivation", Fuzz.normalisedLines(motivation));
                assertThat(people.purposesOfMailTo(email)).as(what).hasSize(1);
                assertThat(Stream.of(fullName, phone, organisation, languages)
                        .anyMatch(text -> Fuzz.holdsForbidden(Fuzz.normalised(text), false))
                        || Stream.of(experience, motivation)
                                .anyMatch(text -> Fuzz.holdsForbidden(Fuzz.normalisedLines(text), true)))
                        .as(what + ": control characters taken").isFalse();
            }
        }
    }

    private static List<HasValidation> invalidFields(ApplicationForm form) {
        return List.<HasValidation>of(form.fullName, form.email, form.phone, form.organisation, form.region,
                form.languages, form.experience, form.motivation, form.language, form.consentProcessing).stream()
                .filter(HasValidation::isInvalid).toList();
    }
}
