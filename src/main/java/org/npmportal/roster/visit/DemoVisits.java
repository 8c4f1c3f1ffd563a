package org.npmportal.roster.visit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.npmportal.base.DemoData;
import org.npmportal.directory.Region;
import org.npmportal.directory.RegionRepository;
import org.npmportal.roster.DemoOrganiser;
import org.npmportal.roster.MemberRow;
import org.npmportal.roster.RosterFilter;
import org.npmportal.roster.RosterService;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The 276 visits of 2014 (monitoring visits began in March 2014) to a fictional directory of places of
 * detention in every region. Each visit is made by two or three members of the region's team who were on
 * it that day; most reports came out within days or weeks, some took months, and a few late in the year are
 * not published. Drawn from a fixed seed, so every demo start shows the same year. Recorded through the
 * visit service, after the rosters ({@code DemoRosters}).
 */
@Component
@Profile("demo")
@Order(55)
class DemoVisits implements DemoData {

    static final int VISITS = 276;
    private static final String PROGRAMME = "NPM monitors";
    private static final int YEAR = 2014;
    private static final Set<String> LARGER = Set.of("KARAGANDA", "EAST_KAZ", "PAVLODAR", "ALMATY", "KOSTANAY");

    private final VisitService visits;
    private final RosterService rosters;
    private final MonitoringVisitRepository visitRepository;
    private final RegionRepository regions;
    private final SecurityContextHolderStrategy security;

    DemoVisits(VisitService visits, RosterService rosters, MonitoringVisitRepository visitRepository,
            RegionRepository regions, SecurityContextHolderStrategy security) {
        this.visits = visits;
        this.rosters = rosters;
        this.visitRepository = visitRepository;
        this.regions = regions;
        this.security = security;
    }

    @Override
    public void load() {
        if (visitRepository.count() > 0) {
            return;
        }
        DemoOrganiser.run(security, () -> {
            var roster = rosters.list(new RosterFilter(PROGRAMME, YEAR), PageRequest.of(0, 1)).stream()
                    .filter(r -> r.programme().equals(PROGRAMME) && r.year() == YEAR).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The visit demo needs the roster \"" + PROGRAMME
                            + " " + YEAR + "\" of the selection demo; it is missing."));
            record(roster.id(), facilities());
            return null;
        });
    }

    /** A prison, a pre-trial centre and police cells in every region; children's and care homes in some. */
    private Map<Long, List<FacilityRow>> facilities() {
        var russian = Locale.forLanguageTag("ru");
        Map<Long, List<FacilityRow>> byRegion = new HashMap<>();
        List<Region> all = regions.findAllByOrderBySortOrderAsc();
        for (int i = 0; i < all.size(); i++) {
            Region region = all.get(i);
            String where = region.name(russian);
            List<FacilityDetails> places = new ArrayList<>();
            places.add(place("Исправительное учреждение № " + (i + 1) + ", " + where, FacilityType.PRISON, region));
            if (LARGER.contains(region.getCode())) {
                places.add(place("Исправительное учреждение № " + (i + 31) + " (общий режим), " + where,
                        FacilityType.PRISON, region));
            }
            places.add(place("Следственный изолятор, " + where, FacilityType.PRE_TRIAL_DETENTION_CENTRE, region));
            places.add(place("Изолятор временного содержания полиции, " + where,
                    FacilityType.TEMPORARY_POLICE_DETENTION, region));
            if (i % 2 == 0) {
                places.add(place("Специальная школа-интернат для детей, " + where,
                        FacilityType.SPECIAL_INSTITUTION_FOR_CHILDREN, region));
            }
            if (i % 3 == 0) {
                places.add(place("Психоневрологический дом-интернат, " + where,
                        FacilityType.PSYCHIATRIC_OR_SOCIAL_CARE_HOME, region));
            }
            byRegion.put(region.getId(), places.stream().map(visits::addFacility).toList());
        }
        return byRegion;
    }

    private static FacilityDetails place(String name, FacilityType type, Region region) {
        return new FacilityDetails(name + " (демо)", type, region.getId(), null);
    }

    private void record(long rosterId, Map<Long, List<FacilityRow>> facilities) {
        var random = new Random(YEAR);
        List<LocalDate> days = workingDays(LocalDate.of(YEAR, 3, 3), LocalDate.of(YEAR, 12, 19));
        int recorded = 0;
        Map<LocalDate, Map<Long, List<MemberRow>>> teamsByDay = new HashMap<>();
        for (int i = 0; i < VISITS * 4 && recorded < VISITS; i++) {
            // Spread evenly over the working days from March to December, a little jitter within.
            LocalDate day = days.get(Math.min(days.size() - 1,
                    (int) ((long) recorded * days.size() / VISITS) + random.nextInt(3)));
            // Recording visits does not change who is on the team, so each day's team is read once.
            Map<Long, List<MemberRow>> teams = teamsByDay.computeIfAbsent(day, d -> rosters.teamOn(rosterId, d).stream()
                    .collect(Collectors.groupingBy(m -> m.region().getId())));
            List<Long> regionIds = teams.entrySet().stream().filter(e -> facilities.containsKey(e.getKey()))
                    .flatMap(e -> e.getValue().stream().map(m -> e.getKey())).toList();
            if (regionIds.isEmpty()) {
                continue;
            }
            long regionId = regionIds.get(random.nextInt(regionIds.size()));
            List<FacilityRow> places = facilities.get(regionId);
            FacilityRow place = places.get(random.nextInt(places.size()));
            List<MemberRow> team = new ArrayList<>(teams.get(regionId));
            int size = Math.min(team.size(), 2 + random.nextInt(2));
            Set<Long> chosen = new HashSet<>();
            while (chosen.size() < size) {
                chosen.add(team.get(random.nextInt(team.size())).id());
            }
            visits.addVisit(rosterId, new VisitDetails(place.id(), day, reportDay(day, random), chosen, null));
            recorded++;
        }
    }

    /** Most reports within days or weeks, some after months, and a few of the autumn's not yet. */
    private static LocalDate reportDay(LocalDate visit, Random random) {
        double draw = random.nextDouble();
        if (visit.getMonthValue() >= 10 && draw < 0.12) {
            return null;
        }
        double delay = random.nextDouble();
        int days;
        if (delay < 0.25) {
            days = random.nextInt(4);
        } else if (delay < 0.60) {
            days = 4 + random.nextInt(11);
        } else if (delay < 0.85) {
            days = 15 + random.nextInt(31);
        } else {
            days = 46 + random.nextInt(75);
        }
        return visit.plusDays(days);
    }

    private static List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }
}
