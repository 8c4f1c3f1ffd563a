package org.npmportal.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Codes and addresses stay exact when many people act on one round at once: real threads against a real
 * database, H2 in {@link CandidateConcurrencyTest} and MariaDB in {@link CandidateConcurrencyMariaDbIT}.
 */
@WithUserDetails("organiser")
abstract class CandidateConcurrencyContract {

    @Autowired
    CandidateService service;
    @Autowired
    SelectionService rounds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserDetailsService users;

    Applicants people;

    @BeforeEach
    void applicants() {
        people = new Applicants(jdbc, security, users);
    }

    @Test
    void thirty_applications_and_imports_at_once_get_the_codes_c001_to_c030_without_gaps_or_duplicates()
            throws Exception {
        long round = TestRounds.open(rounds, "Rush");
        List<Callable<?>> applications = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            var request = people.request("Өтініш Беруші", people.email("applicant" + i));
            String address = Applicants.address();
            applications.add(() -> {
                service.apply(round, request, null, address);
                return "applied";
            });
        }
        List<Callable<?>> imports = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            byte[] file = ("Imported Person," + people.email("imported" + i) + ",,," + (i % 2 == 0 ? "ASTANA" : "ALMATY_CITY"))
                    .getBytes(StandardCharsets.UTF_8);
            imports.add(() -> service.importCsv(round, file));
        }
        // Applicants are anonymous and importers are organisers: two pools, released as close together as threads allow.
        var applied = new ArrayList<Object>();
        var imported = new ArrayList<Object>();
        var importers = new Thread(() -> {
            try {
                imported.addAll(people.atOnce("organiser", imports));
            } catch (Exception e) {
                imported.add(e);
            }
        });
        importers.start();
        applied.addAll(people.atOnce(null, applications));
        importers.join();

        assertThat(applied).containsOnly("applied");
        assertThat(imported).containsOnly(1);
        assertThat(people.codes(round)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 30).mapToObj(n -> String.format("C-%03d", n)).toList());
        assertThat(jdbc.queryForObject("select count(*) from selection_candidate where round_id = ? "
                + "and source = 'IMPORTED'", Integer.class, round)).isEqualTo(10);
    }

    @Test
    void the_same_address_applied_with_a_cv_from_five_threads_at_once_becomes_one_candidate_with_one_cv() throws Exception {
        long round = TestRounds.open(rounds, "Same address at once");
        String email = people.email("twin");
        List<Callable<?>> tasks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var request = people.request("Егіз Бала", email);
            String address = Applicants.address();
            var cv = new CvUpload("cv-" + i + ".pdf", Applicants.PDF);
            tasks.add(() -> {
                service.apply(round, request, cv, address);
                return "applied";
            });
        }

        assertThat(people.atOnce(null, tasks)).containsOnly("applied");

        assertThat(people.candidates(round)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from selection_cv where candidate_id = ?", Integer.class,
                people.stored(round, email).get("id"))).isEqualTo(1);
        assertThat(people.codes(round)).containsExactly("C-001");
        assertThat(people.purposesOfMailTo(email)).hasSize(5).containsOnly("selection.application.confirm");
    }

    @Test
    void the_same_confirmation_link_clicked_six_times_at_once_confirms_once() throws Exception {
        long round = TestRounds.open(rounds, "Double click");
        String email = people.email("clicker");
        people.as("organiser", () -> {
            service.apply(round, people.request("Екі Рет Басушы", email), null, Applicants.address());
            return null;
        });
        String token = people.confirmToken(email);

        List<Object> outcomes = people.atOnce(null, IntStream.range(0, 6)
                .<Callable<?>>mapToObj(i -> () -> service.confirm(token).outcome()).toList());

        assertThat(outcomes).filteredOn(ApplicationOutcome.DONE::equals).hasSize(1);
        assertThat(outcomes).filteredOn(ApplicationOutcome.ALREADY_DONE::equals).hasSize(5);
        assertThat(people.stored(round, email)).containsEntry("status", "ACTIVE");
        assertThat(people.purposesOfMailTo(email)).containsExactly("selection.application.confirm",
                "selection.application.confirmed");
    }
}
