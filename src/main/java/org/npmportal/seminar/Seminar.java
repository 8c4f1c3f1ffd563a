package org.npmportal.seminar;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.npmportal.base.AbstractEntity;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Organisation;
import org.npmportal.directory.Region;

/**
 * A capacity-building seminar. Start, end, registration window and agenda are local date-times in
 * the venue's time zone, as organisers and participants read them; the UTC instants are derived for
 * queries across time zones.
 */
@Entity
@Table(name = "seminar")
public class Seminar extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int TOPICS_MAX = 1000;
    public static final int AUDIENCE_MAX = 300;
    public static final int MEETING_URL_MAX = 500;
    public static final int CITY_MAX = 100;
    public static final int VENUE_NAME_MAX = 200;
    public static final int VENUE_ADDRESS_MAX = 300;
    public static final int CANCEL_REASON_MAX = 1000;
    public static final int CAPACITY_MAX = 100_000;
    public static final String DEFAULT_TIME_ZONE = "Asia/Almaty";

    @NotBlank(message = "{seminar.title.required}")
    @Size(max = TITLE_MAX, message = "{seminar.title.size}")
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX, message = "{seminar.description.size}")
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Size(max = TOPICS_MAX, message = "{seminar.topics.size}")
    @Column(length = TOPICS_MAX)
    private String topics;

    @Size(max = AUDIENCE_MAX, message = "{seminar.audience.size}")
    @Column(length = AUDIENCE_MAX)
    private String audience;

    @ElementCollection
    @CollectionTable(name = "seminar_language", joinColumns = @JoinColumn(name = "seminar_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Set<Language> languages = EnumSet.noneOf(Language.class);

    @NotNull(message = "{seminar.format.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SeminarFormat format = SeminarFormat.IN_PERSON;

    @Size(max = MEETING_URL_MAX, message = "{seminar.meetingUrl.size}")
    @Pattern(regexp = "^(https://\\S+)?$", message = "{seminar.meetingUrl.invalid}")
    @Column(name = "meeting_url", length = MEETING_URL_MAX)
    private String meetingUrl;

    @Size(max = CITY_MAX, message = "{seminar.city.size}")
    @Column(length = CITY_MAX)
    private String city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Size(max = VENUE_NAME_MAX, message = "{seminar.venueName.size}")
    @Column(name = "venue_name", length = VENUE_NAME_MAX)
    private String venueName;

    @Size(max = VENUE_ADDRESS_MAX, message = "{seminar.venueAddress.size}")
    @Column(name = "venue_address", length = VENUE_ADDRESS_MAX)
    private String venueAddress;

    @Min(value = 1, message = "{seminar.roomCapacity.min}")
    @Max(value = CAPACITY_MAX, message = "{seminar.roomCapacity.max}")
    @Column(name = "room_capacity")
    private Integer roomCapacity;

    @NotNull(message = "{seminar.timeZone.required}")
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = DEFAULT_TIME_ZONE;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    @Column(name = "starts_at_utc")
    private Instant startsAtUtc;

    @Column(name = "ends_at_utc")
    private Instant endsAtUtc;

    @Min(value = 1, message = "{seminar.capacity.min}")
    @Max(value = CAPACITY_MAX, message = "{seminar.capacity.max}")
    private Integer capacity;

    @Column(name = "registration_opens")
    private LocalDateTime registrationOpens;

    @Column(name = "registration_closes")
    private LocalDateTime registrationCloses;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SeminarStatus status = SeminarStatus.DRAFT;

    @Size(max = CANCEL_REASON_MAX, message = "{seminar.cancelReason.size}")
    @Column(name = "cancel_reason", length = CANCEL_REASON_MAX)
    private String cancelReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_organiser_id")
    private Organisation leadOrganiser;

    @OneToMany(mappedBy = "seminar", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<@Valid SeminarPartner> partners = new ArrayList<>();

    @OneToMany(mappedBy = "seminar", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<@Valid SeminarTrainer> trainers = new ArrayList<>();

    @OneToMany(mappedBy = "seminar", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<@Valid AgendaSession> sessions = new ArrayList<>();

    /** Kept by registration while it holds the seminar's row lock; saving a seminar never overwrites it. */
    @Column(name = "seats_taken", nullable = false, updatable = false)
    private int seatsTaken;

    /** Kept by registration like {@link #seatsTaken}. */
    @Column(name = "waitlist_length", nullable = false, updatable = false)
    private int waitlistLength;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The zone, or the default when the stored value is not a valid zone id. */
    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            return ZoneId.of(DEFAULT_TIME_ZONE);
        }
    }

    public int seatsLeft() {
        return capacity == null ? 0 : Math.max(0, capacity - seatsTaken);
    }

    /**
     * Whether people can register now: the seminar is published, it has not started, and the
     * registration window (if any) is open. A full seminar still takes registrations for the waitlist.
     */
    public boolean isRegistrationOpen(Instant now) {
        if (status != SeminarStatus.PUBLISHED || startsAtUtc == null || !now.isBefore(startsAtUtc)) {
            return false;
        }
        var zone = zone();
        if (registrationOpens != null && now.isBefore(registrationOpens.atZone(zone).toInstant())) {
            return false;
        }
        return registrationCloses == null || now.isBefore(registrationCloses.atZone(zone).toInstant());
    }

    /** Recomputes the UTC instants from the local times and the zone; called before every save. */
    void deriveInstants() {
        var zone = zone();
        startsAtUtc = startsAt == null ? null : startsAt.atZone(zone).toInstant();
        endsAtUtc = endsAt == null ? null : endsAt.atZone(zone).toInstant();
    }

    /** Points every child at this seminar and numbers partners and trainers in their list order. */
    void attachChildren() {
        for (int i = 0; i < partners.size(); i++) {
            partners.get(i).attach(this, i);
        }
        for (int i = 0; i < trainers.size(); i++) {
            trainers.get(i).attach(this, i);
        }
        sessions.forEach(session -> session.attach(this));
    }

    /** A draft copy with every date and agenda item moved by {@code offset}; no registrations. */
    Seminar repeatedCopy(Duration offset) {
        var copy = new Seminar();
        copy.title = title;
        copy.description = description;
        copy.topics = topics;
        copy.audience = audience;
        copy.languages = languages.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages);
        copy.format = format;
        copy.meetingUrl = meetingUrl;
        copy.city = city;
        copy.region = region;
        copy.venueName = venueName;
        copy.venueAddress = venueAddress;
        copy.roomCapacity = roomCapacity;
        copy.timeZone = timeZone;
        copy.startsAt = shift(startsAt, offset);
        copy.endsAt = shift(endsAt, offset);
        copy.capacity = capacity;
        copy.registrationOpens = shift(registrationOpens, offset);
        copy.registrationCloses = shift(registrationCloses, offset);
        copy.approvalRequired = approvalRequired;
        copy.leadOrganiser = leadOrganiser;
        partners.forEach(p -> copy.partners.add(new SeminarPartner(p.getOrganisation(), p.getRole())));
        trainers.forEach(t -> copy.trainers.add(new SeminarTrainer(t.getName(), t.getAffiliation(), t.getKind())));
        sessions.forEach(s -> copy.sessions.add(s.shiftedCopy(offset)));
        return copy;
    }

    private static LocalDateTime shift(LocalDateTime value, Duration offset) {
        return value == null ? null : value.plus(offset);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Set<Language> getLanguages() {
        return languages;
    }

    public void setLanguages(Set<Language> languages) {
        this.languages = languages == null || languages.isEmpty()
                ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages);
    }

    public SeminarFormat getFormat() {
        return format;
    }

    public void setFormat(SeminarFormat format) {
        this.format = format;
    }

    public String getMeetingUrl() {
        return meetingUrl;
    }

    public void setMeetingUrl(String meetingUrl) {
        this.meetingUrl = meetingUrl;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public Integer getRoomCapacity() {
        return roomCapacity;
    }

    public void setRoomCapacity(Integer roomCapacity) {
        this.roomCapacity = roomCapacity;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public Instant getStartsAtUtc() {
        return startsAtUtc;
    }

    public Instant getEndsAtUtc() {
        return endsAtUtc;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(LocalDateTime registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public LocalDateTime getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(LocalDateTime registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    public SeminarStatus getStatus() {
        return status;
    }

    void setStatus(SeminarStatus status) {
        this.status = status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public Organisation getLeadOrganiser() {
        return leadOrganiser;
    }

    public void setLeadOrganiser(Organisation leadOrganiser) {
        this.leadOrganiser = leadOrganiser;
    }

    public List<SeminarPartner> getPartners() {
        return partners;
    }

    public List<SeminarTrainer> getTrainers() {
        return trainers;
    }

    public List<AgendaSession> getSessions() {
        return sessions;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public int getWaitlistLength() {
        return waitlistLength;
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
}
