package org.npmportal.roster;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.npmportal.base.AbstractEntity;

/**
 * One programme's team for one year, such as "NPM monitors 2015", with the number of monitors wanted in
 * each region. A programme and year name exactly one roster; selection rounds fill it by that pair.
 */
@Entity
@Table(name = "roster")
public class Roster extends AbstractEntity {

    public static final int PROGRAMME_MAX = 100;
    public static final int TITLE_MAX = 200;
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;
    public static final int TARGET_MAX = 1000;

    @Column(nullable = false, length = PROGRAMME_MAX)
    private String programme;

    @Column(name = "roster_year", nullable = false)
    private int year;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "carried_over_from_id")
    private Long carriedOverFrom;

    /** Monitors wanted per region id; regions without an entry have no target. */
    @ElementCollection
    @CollectionTable(name = "roster_target", joinColumns = @JoinColumn(name = "roster_id"))
    @MapKeyColumn(name = "region_id")
    @Column(name = "monitors", nullable = false)
    private Map<Long, Integer> targets = new HashMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Roster() {
    }

    Roster(String programme, int year, Instant now) {
        this.programme = programme;
        this.year = year;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the checked details; targets of 0 are dropped, so that "no target" has one form. */
    void apply(RosterDetails details, Instant now) {
        programme = details.programme();
        year = details.year();
        title = details.title();
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        targets.clear();
        details.targets().forEach((regionId, monitors) -> {
            if (monitors != null && monitors > 0) {
                targets.put(regionId, monitors);
            }
        });
        updatedAt = now;
    }

    void carriedOverFrom(long rosterId) {
        this.carriedOverFrom = rosterId;
    }

    /** The date within the roster's period closest to {@code day}: the day the roster is looked at "as of". */
    public LocalDate clamp(LocalDate day) {
        if (day.isBefore(startsOn)) {
            return startsOn;
        }
        return day.isAfter(endsOn) ? endsOn : day;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public String getProgramme() {
        return programme;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Long getCarriedOverFrom() {
        return carriedOverFrom;
    }

    public Map<Long, Integer> getTargets() {
        return Map.copyOf(targets);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
