package org.npmportal.roster.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.npmportal.base.AbstractEntity;
import org.npmportal.roster.Roster;
import org.npmportal.roster.RosterMember;

/**
 * A preventive visit to a place of detention by members of one roster, and the day its report was
 * published (null while it is not). The source documents ask that reports be published right after visits,
 * so the days in between are what the statistics follow.
 */
@Entity
@Table(name = "monitoring_visit")
public class MonitoringVisit extends AbstractEntity {

    public static final int NOTES_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roster_id")
    private Roster roster;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Column(name = "report_published_on")
    private LocalDate reportPublishedOn;

    @Column(length = NOTES_MAX)
    private String notes;

    @ManyToMany
    @JoinTable(name = "monitoring_visit_member", joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<RosterMember> team = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MonitoringVisit() {
    }

    MonitoringVisit(Roster roster, Instant now) {
        this.roster = roster;
        this.createdAt = now;
    }

    void apply(Facility newFacility, VisitDetails details, Set<RosterMember> newTeam, Instant now) {
        facility = newFacility;
        visitedOn = details.visitedOn();
        reportPublishedOn = details.reportPublishedOn();
        notes = details.notes();
        team.clear();
        team.addAll(newTeam);
        updatedAt = now;
    }

    /** Days from the visit to the published report; null while the report is not published. */
    public Long daysToReport() {
        return reportPublishedOn == null ? null : ChronoUnit.DAYS.between(visitedOn, reportPublishedOn);
    }

    public Roster getRoster() {
        return roster;
    }

    public Facility getFacility() {
        return facility;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public LocalDate getReportPublishedOn() {
        return reportPublishedOn;
    }

    public String getNotes() {
        return notes;
    }

    public Set<RosterMember> getTeam() {
        return Set.copyOf(team);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
