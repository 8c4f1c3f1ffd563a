package org.npmportal.selection;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.npmportal.base.AbstractEntity;

/**
 * A selection round, such as "NPM monitors 2015": who may apply and when, how many seats there are per
 * region and in total, what the commission rates candidates on, and how far the round has got.
 */
@Entity
@Table(name = "selection_round")
public class SelectionRound extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int PROGRAMME_MAX = 100;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int SEATS_MAX = 10_000;
    public static final String DEFAULT_TIME_ZONE = "Asia/Almaty";

    @NotBlank(message = "{selection.title.required}")
    @Size(max = TITLE_MAX, message = "{selection.title.size}")
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotBlank(message = "{selection.programme.required}")
    @Size(max = PROGRAMME_MAX, message = "{selection.programme.size}")
    @Column(nullable = false, length = PROGRAMME_MAX)
    private String programme;

    @NotNull(message = "{selection.year.required}")
    @Min(value = 2000, message = "{selection.year.range}")
    @Max(value = 2100, message = "{selection.year.range}")
    @Column(name = "round_year", nullable = false)
    private Integer year;

    @Size(max = DESCRIPTION_MAX, message = "{selection.description.size}")
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundPhase phase = RoundPhase.DRAFT;

    /** First and last day on which applications are accepted, in the round's time zone, both included. */
    @Column(name = "applications_open")
    private LocalDate applicationsOpen;

    @Column(name = "applications_close")
    private LocalDate applicationsClose;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = DEFAULT_TIME_ZONE;

    @NotNull(message = "{selection.totalSeats.required}")
    @Min(value = 1, message = "{selection.totalSeats.range}")
    @Max(value = SEATS_MAX, message = "{selection.totalSeats.range}")
    @Column(name = "total_seats", nullable = false)
    private Integer totalSeats;

    @NotNull(message = "{selection.reserveSize.required}")
    @Min(value = 0, message = "{selection.reserveSize.range}")
    @Max(value = SEATS_MAX, message = "{selection.reserveSize.range}")
    @Column(name = "reserve_size", nullable = false)
    private Integer reserveSize = 0;

    @NotNull(message = "{selection.minimumRatings.required}")
    @Min(value = 1, message = "{selection.minimumRatings.range}")
    @Max(value = 50, message = "{selection.minimumRatings.range}")
    @Column(name = "minimum_ratings", nullable = false)
    private Integer minimumRatings = 2;

    /** Candidates whose raters' totals spread more than this (standard deviation, 0–100 scale) are discussed. */
    @NotNull(message = "{selection.discussThreshold.required}")
    @DecimalMin(value = "0", message = "{selection.discussThreshold.range}")
    @DecimalMax(value = "100", message = "{selection.discussThreshold.range}")
    @Column(name = "discuss_threshold", nullable = false, precision = 6, scale = 2)
    private BigDecimal discussThreshold = new BigDecimal("15");

    @Column(name = "blind_rating", nullable = false)
    private boolean blindRating;

    /** Raters see the others' scores for a candidate once they have submitted their own ratings. */
    @Column(name = "scores_after_submit", nullable = false)
    private boolean scoresAfterSubmit;

    @ElementCollection
    @CollectionTable(name = "selection_region_seats", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "region_id")
    @Column(name = "seats", nullable = false)
    private Map<Long, Integer> seatsByRegion = new HashMap<>();

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<@Valid RatingCriterion> criteria = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RoundPhase getPhase() {
        return phase;
    }

    void setPhase(RoundPhase phase) {
        this.phase = phase;
    }

    public LocalDate getApplicationsOpen() {
        return applicationsOpen;
    }

    public void setApplicationsOpen(LocalDate applicationsOpen) {
        this.applicationsOpen = applicationsOpen;
    }

    public LocalDate getApplicationsClose() {
        return applicationsClose;
    }

    public void setApplicationsClose(LocalDate applicationsClose) {
        this.applicationsClose = applicationsClose;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Integer getTotalSeats() {
        return totalSeats;
    }

    public void setTotalSeats(Integer totalSeats) {
        this.totalSeats = totalSeats;
    }

    public Integer getReserveSize() {
        return reserveSize;
    }

    public void setReserveSize(Integer reserveSize) {
        this.reserveSize = reserveSize;
    }

    public Integer getMinimumRatings() {
        return minimumRatings;
    }

    public void setMinimumRatings(Integer minimumRatings) {
        this.minimumRatings = minimumRatings;
    }

    public BigDecimal getDiscussThreshold() {
        return discussThreshold;
    }

    public void setDiscussThreshold(BigDecimal discussThreshold) {
        this.discussThreshold = discussThreshold;
    }

    public boolean isBlindRating() {
        return blindRating;
    }

    public void setBlindRating(boolean blindRating) {
        this.blindRating = blindRating;
    }

    public boolean isScoresAfterSubmit() {
        return scoresAfterSubmit;
    }

    public void setScoresAfterSubmit(boolean scoresAfterSubmit) {
        this.scoresAfterSubmit = scoresAfterSubmit;
    }

    /** Seats reserved per region id; regions not in the map have none reserved. */
    public Map<Long, Integer> getSeatsByRegion() {
        return seatsByRegion;
    }

    public void setSeatsByRegion(Map<Long, Integer> seatsByRegion) {
        this.seatsByRegion.clear();
        this.seatsByRegion.putAll(seatsByRegion);
    }

    public int regionalSeats() {
        return seatsByRegion.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<RatingCriterion> getCriteria() {
        return criteria;
    }

    /** Replaces the criteria, numbering them in the given order. */
    public void setCriteria(List<RatingCriterion> replacement) {
        var copy = List.copyOf(replacement);
        criteria.clear();
        for (int i = 0; i < copy.size(); i++) {
            var criterion = copy.get(i);
            criterion.attach(this, i);
            criteria.add(criterion);
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    /** Whether applications are accepted at this instant: the round is open and the day is inside its window. */
    public boolean acceptsApplications(Instant now) {
        if (phase != RoundPhase.APPLICATIONS_OPEN) {
            return false;
        }
        LocalDate today = now.atZone(zone()).toLocalDate();
        return (applicationsOpen == null || !today.isBefore(applicationsOpen))
                && (applicationsClose == null || !today.isAfter(applicationsClose));
    }
}
