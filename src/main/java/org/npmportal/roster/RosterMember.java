package org.npmportal.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.npmportal.base.AbstractEntity;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;

/**
 * A person on a roster, identified there by the lower-case e-mail address. Role and status change only
 * through {@link RosterService#change}, which writes a {@link MemberChange} with the date and reason.
 */
@Entity
@Table(name = "roster_member")
public class RosterMember extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    public static final int ORGANISATION_MAX = 200;
    public static final int REASON_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roster_id")
    private Roster roster;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(length = ORGANISATION_MAX)
    private String organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    /** The language mail to the person is written in; null when nobody knows, and then the organiser chooses. */
    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 32)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    /** The last day on the team; null while they stay until the roster ends. */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    /** Whether the person agreed that their regional team may see their e-mail address and phone. */
    @Column(name = "share_contacts", nullable = false)
    private boolean shareContacts;

    /** Whether the person was on the previous year's roster of the same programme when they joined this one. */
    @Column(name = "returning_member", nullable = false)
    private boolean returning;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberSource source;

    @Column(name = "selection_round_id")
    private Long selectionRoundId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RosterMember() {
    }

    RosterMember(Roster roster, MemberSource source, Long selectionRoundId, boolean returning, Instant now) {
        this.roster = roster;
        this.source = source;
        this.selectionRoundId = selectionRoundId;
        this.returning = returning;
        this.status = MemberStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the checked details; the role only when the member is new (later through a dated change). */
    void apply(MemberDetails details, Region newRegion, Instant now) {
        email = details.email();
        fullName = details.fullName();
        phone = details.phone();
        organisation = details.organisation();
        region = newRegion;
        language = details.language();
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        shareContacts = details.shareContacts();
        if (role == null) {
            role = details.role();
            statusSince = details.startsOn();
        }
        updatedAt = now;
    }

    /** The new role and status from the given day; a withdrawal ends the membership that day. */
    void change(MemberRole newRole, MemberStatus newStatus, LocalDate effectiveOn, String reason, Instant now) {
        if (newStatus != status) {
            statusSince = effectiveOn;
            statusReason = reason;
            if (newStatus == MemberStatus.WITHDRAWN) {
                endsOn = effectiveOn;
            } else if (status == MemberStatus.WITHDRAWN) {
                endsOn = null;
            }
        }
        role = newRole;
        status = newStatus;
        updatedAt = now;
    }

    /** Whether the member counts on the team on that day: active, and within their own dates. */
    public boolean isActiveOn(LocalDate day) {
        return status == MemberStatus.ACTIVE && !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public Roster getRoster() {
        return roster;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPhone() {
        return phone;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Region getRegion() {
        return region;
    }

    public Language getLanguage() {
        return language;
    }

    public MemberRole getRole() {
        return role;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isShareContacts() {
        return shareContacts;
    }

    public boolean isReturning() {
        return returning;
    }

    public MemberSource getSource() {
        return source;
    }

    public Long getSelectionRoundId() {
        return selectionRoundId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
