package org.npmportal.roster;

import org.npmportal.support.AtOnce;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Organisers adding the same person to a roster at the same moment end with one member and a clear message
 * for everyone else: real threads against a real database, H2 in {@link RosterConcurrencyTest} and MariaDB in
 * {@link RosterConcurrencyMariaDbIT}. Adding takes the roster's row lock, so the additions go one after the
 * other and each later one finds the member; the table's unique key stays as the last safeguard.
 */
@WithUserDetails("organiser")
abstract class RosterConcurrencyContract {

    private static final int ORGANISERS = 8;

    @Autowired
    RosterService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    TestRosters test;

    @BeforeEach
    void helpers() {
        test = new TestRosters(service, jdbc);
    }

    @RepeatedTest(3)
    void eight_organisers_adding_the_same_person_at_once_store_one_member_and_seven_get_the_email_message()
            throws Exception {
        var roster = test.roster("At once", 2014, Map.of());
        var details = test.details(roster, "Бауыржан Сәтбаев", "baurzhan@example.kz", "ASTANA", MemberRole.MONITOR,
                true);

        List<Object> outcomes = atOnce(ORGANISERS, () -> service.addMember(roster.id(), details));

        assertThat(outcomes).filteredOn(MemberRow.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(InvalidInputException.class::isInstance).hasSize(ORGANISERS - 1)
                .allSatisfy(refused -> assertThat(((InvalidInputException) refused).problems())
                        .containsExactly(new FieldProblem("email", "roster.member.email.onRoster")));
        assertThat(test.count("select count(*) from roster_member where roster_id = ?", roster.id())).isEqualTo(1);
        assertThat(test.count("select count(*) from roster_member_change c join roster_member m on m.id = c.member_id "
                + "where m.roster_id = ?", roster.id())).as("one history").isEqualTo(1);
        assertThat(test.count("select count(*) from audit_event where action = 'ROSTER_MEMBER_ADDED' "
                + "and details like ?", "roster " + roster.id() + ",%")).as("one audit record").isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void the_table_itself_refuses_a_second_row_for_the_same_address_on_a_roster() {
        var roster = test.roster("Unique key", 2014, Map.of());
        var member = test.member(roster, "Бауыржан Сәтбаев", "key@example.kz", "ASTANA");
        String copy = """
                insert into roster_member (version, roster_id, email, full_name, region_id, member_role, status,
                    status_since, starts_on, share_contacts, returning_member, source, created_at, updated_at)
                select version, roster_id, email, full_name, region_id, member_role, status, status_since, starts_on,
                    share_contacts, returning_member, source, created_at, updated_at
                from roster_member where id = ?
                """;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(copy, member.id()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(test.count("select count(*) from roster_member where roster_id = ?", roster.id())).isEqualTo(1);
    }

    /** Runs the task on that many threads released together, as organiser and admin in turn; results or refusals. */
    private List<Object> atOnce(int threads, Callable<Object> task) throws Exception {
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String user = i % 2 == 0 ? "organiser" : "admin";
            var organiser = new UsernamePasswordAuthenticationToken(user, null,
                    AuthorityUtils.createAuthorityList("ROLE_ORGANISER"));
            tasks.add(AtOnce.as(security, organiser, () -> {
                try {
                    return task.call();
                } catch (InvalidInputException refused) {
                    return refused;
                }
            }));
        }
        return AtOnce.run(tasks);
    }
}
