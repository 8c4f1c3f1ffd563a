package org.npmportal.roster;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.npmportal.base.i18n.Language;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rosters and members for tests, each roster in a programme of its own so that tests never meet each
 * other's data or the demo rosters. Regions are named by code, as the migrations define them.
 */
public final class TestRosters {

    private final RosterService rosters;
    private final JdbcTemplate jdbc;

    public TestRosters(RosterService rosters, JdbcTemplate jdbc) {
        this.rosters = rosters;
        this.jdbc = jdbc;
    }

    /** A programme name no other test uses. */
    public static String programme(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A roster for a calendar year of a new programme, with these targets by region code. */
    public RosterOutline roster(String name, int year, Map<String, Integer> targets) {
        return rosterOf(programme(name), year, targets);
    }

    /** A roster for a calendar year of the given programme, with these targets by region code. */
    public RosterOutline rosterOf(String programme, int year, Map<String, Integer> targets) {
        var byId = new java.util.HashMap<Long, Integer>();
        targets.forEach((code, monitors) -> byId.put(regionId(code), monitors));
        return rosters.create(new RosterDetails(programme, year, null, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), byId));
    }

    /** A member by hand, from the roster's first day, sharing their contacts. */
    public MemberRow member(RosterOutline roster, String fullName, String email, String regionCode) {
        return rosters.addMember(roster.id(), details(roster, fullName, email, regionCode, MemberRole.MONITOR, true));
    }

    public MemberDetails details(RosterOutline roster, String fullName, String email, String regionCode,
            MemberRole role, boolean shareContacts) {
        return new MemberDetails(fullName, email, "+7 701 000 00 00", "NGO «Демо»", regionId(regionCode), role,
                Language.KK, roster.startsOn(), null, shareContacts);
    }

    /**
     * The demo's completed 2013 seminar in that city, with its participants' attendance. Other tests repeat
     * it as drafts with the same title, so the completed original is the one meant.
     */
    public long demoSeminar2013(String city) {
        return jdbc.queryForObject("""
                select min(id) from seminar
                where title like ? and status = 'COMPLETED' and starts_at < '2014-01-01 00:00:00'
                """, Long.class, "%(" + city + ")");
    }

    public long regionId(String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }

    public int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }
}
