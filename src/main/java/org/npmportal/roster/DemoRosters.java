package org.npmportal.roster;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.npmportal.base.DemoData;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;
import org.npmportal.directory.RegionRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The demo's yearly teams, built on the 2014 roster that the selection demo creates by publishing its round
 * "NPM monitors 2014" (112 fictional monitors): a few regional coordinators, one suspension and two
 * withdrawals with dated reasons, then the 2015 roster started by carry-over with most monitors returning,
 * a dozen new monitors who attended the 2013 NPM seminars, targets that leave some regions short, and the
 * "NPM basics" requirement met by those seminars. Everything goes through the roster services, as an
 * organiser's work would. The visits of 2014 follow in {@code DemoVisits}.
 */
@Component
@Profile("demo")
@Order(50)
class DemoRosters implements DemoData {

    static final String PROGRAMME = "NPM monitors";
    static final int FIRST_YEAR = 2014;
    private static final List<String> COORDINATOR_REGIONS = List.of("ASTANA", "ALMATY_CITY", "KARAGANDA",
            "EAST_KAZ", "TURKISTAN", "PAVLODAR");
    /** Monitors wanted in 2015 per region; regions not named want five. */
    private static final Map<String, Integer> TARGETS_2015 = Map.ofEntries(Map.entry("ASTANA", 8),
            Map.entry("ALMATY_CITY", 9), Map.entry("SHYMKENT", 7), Map.entry("KARAGANDA", 8),
            Map.entry("TURKISTAN", 7), Map.entry("EAST_KAZ", 7), Map.entry("ALMATY", 6), Map.entry("ULYTAU", 4),
            Map.entry("ABAI", 6), Map.entry("JETISU", 6), Map.entry("MANGYSTAU", 6));

    private final RosterService rosters;
    private final TrainingService training;
    private final RosterRepository rosterRepository;
    private final RegionRepository regions;
    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy security;

    DemoRosters(RosterService rosters, TrainingService training, RosterRepository rosterRepository,
            RegionRepository regions, JdbcTemplate jdbc, SecurityContextHolderStrategy security) {
        this.rosters = rosters;
        this.training = training;
        this.rosterRepository = rosterRepository;
        this.regions = regions;
        this.jdbc = jdbc;
        this.security = security;
    }

    @Override
    public void load() {
        if (rosterRepository.findByProgrammeAndYear(PROGRAMME, FIRST_YEAR + 1).isPresent()) {
            return;
        }
        Roster first = rosterRepository.findByProgrammeAndYear(PROGRAMME, FIRST_YEAR).orElseThrow(() ->
                new IllegalStateException("The roster demo needs the roster \"" + PROGRAMME + " " + FIRST_YEAR
                        + "\", which the selection demo (DemoSelection, @Order(40)) creates by publishing its round "
                        + "\"" + PROGRAMME + " " + FIRST_YEAR + "\". It is missing: is the selection demo loaded, "
                        + "and does it still publish that round?"));
        DemoOrganiser.run(security, () -> {
            build(first.getId());
            return null;
        });
    }

    private void build(long firstId) {
        var y2014 = rosters.roster(firstId).orElseThrow();
        List<MemberRow> team = rosters.allMembers(firstId, MemberFilter.all());
        rosters.update(firstId, y2014.version(), withTargets(y2014.details(), targetsLike(team)));

        Set<String> coordinatorRegions = new HashSet<>(COORDINATOR_REGIONS);
        for (MemberRow m : team) {
            if (coordinatorRegions.remove(m.region().getCode())) {
                change(m, MemberRole.REGIONAL_COORDINATOR, MemberStatus.ACTIVE, "2014-02-03",
                        "Chosen by the regional team at its first meeting");
            }
        }
        List<MemberRow> monitors = rosters.allMembers(firstId, MemberFilter.all()).stream()
                .filter(m -> m.role() == MemberRole.MONITOR).toList();
        MemberRow suspended = monitors.get(monitors.size() / 3);
        MemberRow movedAbroad = monitors.get(monitors.size() / 2);
        MemberRow illness = monitors.get(monitors.size() * 4 / 5);
        change(suspended, MemberRole.MONITOR, MemberStatus.SUSPENDED, "2014-06-16",
                "Conflict of interest: employed since June by the administration of a facility the team visits");
        change(movedAbroad, MemberRole.MONITOR, MemberStatus.WITHDRAWN, "2014-09-15", "Moved abroad for work");
        change(illness, MemberRole.MONITOR, MemberStatus.WITHDRAWN, "2014-11-03", "Stepped down for health reasons");

        // Everyone active continues except one in eight, who did not apply again.
        List<Long> continuing = new ArrayList<>();
        List<MemberRow> active = rosters.allMembers(firstId, new MemberFilter(null, null, null,
                Set.of(MemberStatus.ACTIVE), null));
        for (int i = 0; i < active.size(); i++) {
            if (i % 8 != 5) {
                continuing.add(active.get(i).id());
            }
        }
        var carried = rosters.carryOver(firstId, continuing);
        var y2015 = rosters.roster(carried.rosterId()).orElseThrow();
        rosters.update(y2015.id(), y2015.version(), withTargets(y2015.details(), targets2015()));
        y2015 = rosters.roster(y2015.id()).orElseThrow();

        for (NewMonitor newcomer : trainedNewcomers(12)) {
            rosters.addMember(y2015.id(), new MemberDetails(newcomer.name(), newcomer.email(), null,
                    newcomer.organisation(), newcomer.regionId(), MemberRole.MONITOR, newcomer.language(),
                    LocalDate.of(FIRST_YEAR + 1, 1, 15), null, true));
        }

        Set<Long> basics = new LinkedHashSet<>(jdbc.queryForList("""
                select id from seminar
                where title like 'Implementing the National Preventive Mechanism in Kazakhstan%'
                   or title = 'NPM basics for new monitors'
                order by id
                """, Long.class));
        if (!basics.isEmpty()) {
            training.addRequirement(y2015.id(), new RequirementDetails("NPM basics", true, basics));
        }
    }

    private void change(MemberRow m, MemberRole role, MemberStatus status, String day, String reason) {
        var current = rosters.member(m.id()).orElseThrow();
        rosters.change(m.id(), current.version(), new MemberChangeRequest(role, status, LocalDate.parse(day), reason));
    }

    /** 2014's targets: what each region was given, so that only departures open gaps. */
    private static Map<Long, Integer> targetsLike(List<MemberRow> team) {
        Map<Long, Integer> targets = new HashMap<>();
        team.forEach(m -> targets.merge(m.region().getId(), 1, Integer::sum));
        return targets;
    }

    private Map<Long, Integer> targets2015() {
        Map<Long, Integer> targets = new HashMap<>();
        for (Region region : regions.findAllByOrderBySortOrderAsc()) {
            targets.put(region.getId(), TARGETS_2015.getOrDefault(region.getCode(), 5));
        }
        return targets;
    }

    private static RosterDetails withTargets(RosterDetails details, Map<Long, Integer> targets) {
        return new RosterDetails(details.programme(), details.year(), details.title(), details.startsOn(),
                details.endsOn(), targets);
    }

    /**
     * People who attended one of the 2013 NPM seminars on every day (the demo's fictional participants), to
     * join in 2015: the training requirement then shows them as trained.
     */
    private List<NewMonitor> trainedNewcomers(int count) {
        List<NewMonitor> candidates = jdbc.query("""
                        select r.full_name, r.email, r.organisation, r.region_id, r.language from registration r
                        join seminar s on s.id = r.seminar_id
                        where s.status = 'COMPLETED' and r.status = 'CONFIRMED' and r.region_id is not null
                          and (select count(*) from attendance a where a.registration_id = r.id) >= 2
                          and not exists (select 1 from roster_member m where m.email = r.email)
                        order by r.id
                        """,
                (row, n) -> new NewMonitor(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                        Language.fromTag(row.getString(5)).orElse(null)));
        // One region after another, so that the newcomers fill more than the two seminar cities.
        Map<Long, ArrayDeque<NewMonitor>> byRegion = new LinkedHashMap<>();
        Set<String> emails = new HashSet<>();
        candidates.stream().filter(c -> emails.add(c.email()))
                .forEach(c -> byRegion.computeIfAbsent(c.regionId(), r -> new ArrayDeque<>()).add(c));
        List<NewMonitor> chosen = new ArrayList<>();
        while (chosen.size() < count && byRegion.values().stream().anyMatch(q -> !q.isEmpty())) {
            for (var queue : byRegion.values()) {
                if (!queue.isEmpty() && chosen.size() < count) {
                    chosen.add(queue.poll());
                }
            }
        }
        return chosen;
    }

    private record NewMonitor(String name, String email, String organisation, long regionId, Language language) {
    }
}
