package org.npmportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's data exported, anonymised and expired, checked on the stored state of a real database: H2 in
 * {@link PersonalDataTest} and MariaDB in {@link PersonalDataMariaDbIT}.
 */
@WithUserDetails("admin")
abstract class PersonalDataContract {

    private static final Set<Integer> TEXT_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    @Autowired
    PersonalDataService people;
    @Autowired
    ParticipantRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    PrivacyFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new PrivacyFixture(jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_export_holds_every_row_of_the_person_and_nothing_of_another_person() {
        var world = fixture.world();
        var subject = world.subject();

        byte[] file = people.export(subject.email());

        String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode json = JsonMapper.builder().build().readTree(file);
        assertThat(json.get("email").asString()).isEqualTo(subject.email());
        assertThat(json.get("staffAccount").get("username").asString()).isEqualTo(world.staffUsername());
        assertThat(json.get("staffAccount").get("roles").get(0).asString()).isEqualTo("ORGANISER");
        var registration = single(json, "registrations");
        assertThat(registration.get("full_name").asString()).isEqualTo(subject.name());
        assertThat(registration.get("needs").asString()).isEqualTo("Interpreter for " + subject.name());
        assertThat(registration.get("attendance")).hasSize(1);
        assertThat(registration.get("certificate_number").asString()).startsWith("P-");
        assertThat(registration.get("links")).hasSize(1);
        assertThat(single(json, "invitations").get("id").asLong()).isEqualTo(subject.invitation());
        var application = single(json, "applications");
        assertThat(application.get("code").asString()).isEqualTo("C-1");
        assertThat(application.get("cv").get("content").asString()).isEqualTo("AQID");
        assertThat(application.get("scores").get(0).get("score").asInt()).isEqualTo(5);
        assertThat(application.get("scoreChanges")).hasSize(1);
        assertThat(application.get("declarations").get(0).get("reason").asString()).contains(subject.name());
        assertThat(application.get("decision").get("final_rank").asInt()).isEqualTo(1);
        assertThat(application.get("overrides")).hasSize(1);
        var membership = single(json, "rosterMemberships");
        assertThat(membership.get("phone").asString()).isEqualTo(subject.phone());
        assertThat(membership.get("visits").get(0).get("id").asLong()).isEqualTo(world.visit());
        assertThat(membership.get("changes")).hasSize(1);
        assertThat(json.get("mails")).hasSize(4);
        assertThat(json.get("auditEntries").valueStream().map(e -> e.get("action").asString()))
                .contains("REGISTRATION_MESSAGED", "CANDIDATE_UPDATED", "ROSTER_MEMBER_CHANGED");

        assertThat(text).contains(subject.name()).doesNotContain(world.other().name())
                .doesNotContain(world.other().email()).doesNotContain(world.other().phone())
                .doesNotContain("token_hash").doesNotContain("password_hash").doesNotContain("not-used");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PERSON_EXPORTED' "
                + "and details = ?", Integer.class,
                "address sha256 " + PersonalDataService.addressHash(subject.email())))
                .isEqualTo(1);
    }

    @Test
    void anonymising_leaves_no_trace_of_name_address_phone_or_login_in_any_text_column_and_keeps_every_figure() {
        var world = fixture.world();
        var subject = world.subject();
        var figures = figures(world);
        assertThat(whereFound(subject.name())).as("the fixture puts the name in many places").hasSizeGreaterThan(10);

        var before = people.anonymise(subject.email());

        assertThat(before.registrations()).isEqualTo(1);
        assertThat(before.staffAccount()).isTrue();
        for (String trace : List.of(subject.name(), subject.email(), subject.phone(), world.staffUsername())) {
            assertThat(whereFound(trace)).as("columns still holding %s", trace).isEmpty();
        }
        assertThat(figures(world)).isEqualTo(figures);
        assertThat(whereFound(world.other().name())).as("the other person is untouched")
                .contains("registration.full_name", "selection_candidate.full_name", "roster_member.full_name",
                        "monitoring_visit.notes");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like 'anonymised-%' and enabled",
                Integer.class)).isZero();
        assertThat(count("select count(*) from registration_token where registration_id = ?", subject.registration()))
                .isZero();
        assertThat(count("select count(*) from selection_cv where candidate_id = ?", subject.candidate())).isZero();
        assertThat(count("select count(*) from registration_token where registration_id = ?",
                world.other().registration())).isEqualTo(1);
        assertThat(count("select count(*) from mail_outbox where purpose = 'registration.reminder' "
                + "and reference_id = ?",
                subject.registration())).as("unsent mail is deleted").isZero();
        assertThat(count("select count(*) from audit_event where action = 'PERSON_ANONYMISED' and details like ?",
                "address sha256 " + PersonalDataService.addressHash(subject.email()) + "%")).isEqualTo(1);
        assertThat(people.lookUp(subject.email()).isEmpty()).isTrue();
    }

    @Test
    void a_bad_an_unknown_and_ones_own_address_are_refused_and_change_nothing() {
        String adminEmail = jdbc.queryForObject("select email from app_user where username = 'admin'", String.class);
        int anonymisations = count("select count(*) from audit_event where action = 'PERSON_ANONYMISED'");

        assertThatThrownBy(() -> people.anonymise("not an address")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("email", "privacy.email.invalid")));
        assertThatThrownBy(() -> people.anonymise("nobody-" + PrivacyFixture.tag() + "@example.kz"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.person.notFound"));
        assertThatThrownBy(() -> people.anonymise(" " + adminEmail.toUpperCase() + " "))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.person.self"));

        assertThat(jdbc.queryForObject("select enabled from app_user where username = 'admin'", Boolean.class))
                .isTrue();
        assertThat(count("select count(*) from audit_event where action = 'PERSON_ANONYMISED'"))
                .isEqualTo(anonymisations);
    }

    @Test
    @WithUserDetails("organiser")
    void only_administrators_may_look_up_export_or_anonymise_a_person() {
        var subject = fixture.world().subject();

        assertThatThrownBy(() -> people.lookUp(subject.email())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> people.export(subject.email())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> people.anonymise(subject.email())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(whereFound(subject.name())).contains("registration.full_name");
    }

    @Test
    void the_retention_rule_anonymises_exactly_the_participants_of_seminars_that_ended_long_enough_ago_once() {
        String tag = PrivacyFixture.tag();
        long old = fixture.seminar("Old seminar " + tag, Instant.parse("2001-01-15T10:00:00Z"));
        long recent = fixture.seminar("Recent seminar " + tag, Instant.parse("2001-12-15T10:00:00Z"));
        long first = fixture.participant(old, "Old First " + tag, "old1-" + tag + "@example.kz", 2);
        long second = fixture.participant(old, "Old Second " + tag, "old2-" + tag + "@example.kz", 1);
        fixture.invitation(old, "Old Invitee " + tag, "old3-" + tag + "@example.kz");
        long kept = fixture.participant(recent, "Recent One " + tag, "recent-" + tag + "@example.kz", 2);
        var figures = seminarFigures(old);
        var emails = registrationEmails();
        clock.advance(Duration.between(clock.instant(), Instant.parse("2002-03-01T00:00:00Z")));

        int anonymised = retention.runOnce(12);

        assertThat(anonymised).isEqualTo(3);
        var after = registrationEmails();
        var changed = emails.keySet().stream().filter(id -> !emails.get(id).equals(after.get(id))).toList();
        assertThat(changed).containsExactlyInAnyOrder(first, second);
        assertThat(after.get(kept)).isEqualTo("recent-" + tag + "@example.kz");
        assertThat(seminarFigures(old)).isEqualTo(figures);
        assertThat(whereFound("Old First " + tag)).isEmpty();
        assertThat(whereFound("old3-" + tag)).isEmpty();
        assertThat(whereFound("Recent One " + tag)).contains("registration.full_name", "mail_outbox.body");
        assertThat(count("select count(*) from audit_event where action = 'RETENTION_ANONYMISED' and entity_id = ?",
                old)).isEqualTo(1);

        assertThat(retention.runOnce(12)).as("a second run").isZero();
        assertThat(registrationEmails()).isEqualTo(after);
        assertThat(count("select count(*) from audit_event where action = 'RETENTION_ANONYMISED' and entity_id = ?",
                old)).isEqualTo(1);
    }

    // ---- helpers ----

    private static JsonNode single(JsonNode json, String field) {
        assertThat(json.get(field)).as(field).hasSize(1);
        return json.get(field).get(0);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private Map<Long, String> registrationEmails() {
        Map<Long, String> emails = new LinkedHashMap<>();
        jdbc.query("select id, email from registration", rs -> {
            emails.put(rs.getLong(1), rs.getString(2));
        });
        return emails;
    }

    /** The figures the statistics are made of, per seminar, round and roster of the world. */
    private Map<String, Object> figures(PrivacyFixture.World world) {
        Map<String, Object> figures = new LinkedHashMap<>(seminarFigures(world.seminar()));
        figures.put("scores", jdbc.queryForList("select c.code, s.score from selection_score s "
                + "join selection_candidate c on c.id = s.candidate_id where s.round_id = ? order by c.code",
                world.round()));
        figures.put("decisions", jdbc.queryForList("select c.code, c.region_id, c.status, d.final_rank, d.outcome, "
                + "d.mean_score, d.reserve_position from selection_decision d "
                + "join selection_candidate c on c.id = d.candidate_id where d.round_id = ? order by c.code",
                world.round()));
        figures.put("declarations", jdbc.queryForList("select conflict, count(*) as n from selection_declaration "
                + "where round_id = ? group by conflict order by conflict", world.round()));
        figures.put("overrides", jdbc.queryForList("select from_outcome, to_outcome from selection_override "
                + "where round_id = ? order by id", world.round()));
        figures.put("roster", jdbc.queryForList("select region_id, member_role, status, count(*) as n "
                + "from roster_member where roster_id = ? group by region_id, member_role, status "
                + "order by region_id, member_role, status", world.roster()));
        figures.put("visitTeam", count("select count(*) from monitoring_visit_member where visit_id = ?",
                world.visit()));
        return figures;
    }

    private Map<String, Object> seminarFigures(long seminar) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("registrations", jdbc.queryForList("select status, region_id, count(*) as n from registration "
                + "where seminar_id = ? group by status, region_id order by status, region_id", seminar));
        figures.put("attendance", count("select count(*) from attendance a join registration r "
                + "on r.id = a.registration_id where r.seminar_id = ?", seminar));
        figures.put("certificates", jdbc.queryForList("select certificate_number from registration "
                + "where seminar_id = ? and certificate_number is not null order by certificate_number", seminar));
        figures.put("invitations", count("select count(*) from invitation where seminar_id = ?", seminar));
        figures.put("seats", jdbc.queryForMap("select seats_taken, waitlist_length from seminar where id = ?",
                seminar));
        return figures;
    }

    /** Every text column of every table of the portal in which the text occurs, as table.column. */
    private List<String> whereFound(String trace) {
        List<String> columns = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            List<String> all = new ArrayList<>();
            try (var rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), "%",
                    "%")) {
                while (rs.next()) {
                    if (TEXT_TYPES.contains(rs.getInt("DATA_TYPE"))) {
                        all.add(rs.getString("TABLE_NAME").toLowerCase() + "." + rs.getString("COLUMN_NAME")
                                .toLowerCase());
                    }
                }
            }
            return all;
        });
        assertThat(columns).as("text columns found").contains("registration.full_name", "mail_outbox.body",
                "audit_event.details", "selection_candidate.motivation");
        return columns.stream().filter(column -> {
            String[] parts = column.split("\\.");
            return count("select count(*) from " + parts[0] + " where " + parts[1] + " like ?",
                    "%" + trace + "%") > 0;
        }).toList();
    }
}
