package org.npmportal.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.npmportal.base.DemoData;
import org.npmportal.directory.RegionRepository;
import org.npmportal.selection.SelectedMonitor;
import org.npmportal.selection.SelectionPublished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In tests only, and only while the selection demo (DemoSelection, {@code @Order(40)}) is not there: publishes
 * the decision of the round "NPM monitors 2014" with 112 fictional monitors through the same event the
 * selection feature raises, so that the roster demo is built on the input it will get in the portal. When
 * the selection demo has created the roster already, this does nothing.
 */
@Component
@Profile("demo")
@Order(45)
class DemoSelectionStandIn implements DemoData {

    static final int MONITORS = 112;
    /** How many of the 112 monitors work in each region. */
    static final Map<String, Integer> PER_REGION = new LinkedHashMap<>();

    static {
        PER_REGION.put("ASTANA", 8);
        PER_REGION.put("ALMATY_CITY", 9);
        PER_REGION.put("SHYMKENT", 6);
        PER_REGION.put("ABAI", 5);
        PER_REGION.put("AKMOLA", 5);
        PER_REGION.put("AKTOBE", 5);
        PER_REGION.put("ALMATY", 6);
        PER_REGION.put("ATYRAU", 5);
        PER_REGION.put("EAST_KAZ", 6);
        PER_REGION.put("JAMBYL", 5);
        PER_REGION.put("JETISU", 5);
        PER_REGION.put("KARAGANDA", 8);
        PER_REGION.put("KOSTANAY", 5);
        PER_REGION.put("KYZYLORDA", 5);
        PER_REGION.put("MANGYSTAU", 5);
        PER_REGION.put("NORTH_KAZ", 5);
        PER_REGION.put("PAVLODAR", 5);
        PER_REGION.put("TURKISTAN", 6);
        PER_REGION.put("ULYTAU", 3);
        PER_REGION.put("WEST_KAZ", 5);
    }

    private static final List<String> FIRST = List.of("Айдана", "Бекзат", "Гаухар", "Данияр", "Жанна", "Ержан",
            "Зарина", "Ильяс", "Камила", "Мирас", "Назира", "Олжас", "Сабина", "Талгат", "Умит", "Фарида");
    private static final List<String> LAST = List.of("Абдрахманова", "Байжанов", "Досова", "Есенов",
            "Жақыпова", "Қалиев", "Мұратова", "Нұрбеков", "Оспанова", "Серікбаев", "Төлеуова");

    private final RosterRepository rosters;
    private final RegionRepository regions;
    private final ApplicationEventPublisher events;

    DemoSelectionStandIn(RosterRepository rosters, RegionRepository regions, ApplicationEventPublisher events) {
        this.rosters = rosters;
        this.regions = regions;
        this.events = events;
    }

    @Override
    public void load() {
        if (rosters.findByProgrammeAndYear(DemoRosters.PROGRAMME, DemoRosters.FIRST_YEAR).isPresent()) {
            return;
        }
        events.publishEvent(new SelectionPublished(1, "NPM monitors 2014", DemoRosters.PROGRAMME,
                DemoRosters.FIRST_YEAR, selected()));
    }

    List<SelectedMonitor> selected() {
        List<SelectedMonitor> selected = new ArrayList<>();
        int n = 0;
        for (var region : PER_REGION.entrySet()) {
            long regionId = regions.findByCode(region.getKey()).orElseThrow().getId();
            for (int i = 0; i < region.getValue(); i++, n++) {
                String name = FIRST.get(n % FIRST.size()) + " " + LAST.get((n / FIRST.size() + n) % LAST.size());
                selected.add(new SelectedMonitor(1000 + n, name, "monitor%03d@npm-demo.example.kz".formatted(n + 1),
                        "+7 70%d %03d %02d %02d".formatted(n % 8, 100 + n, n % 100, (n * 7) % 100),
                        "NGO Coalition against Torture (demo member)", regionId, n + 1, n % 4 != 3));
            }
        }
        return selected;
    }
}
