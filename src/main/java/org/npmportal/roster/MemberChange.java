package org.npmportal.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in a member's history: joining, or a change of role or status, with the role and status from
 * that day on, the day it took effect and the reason. Never changed once written.
 */
@Entity
@Table(name = "roster_member_change")
public class MemberChange {

    public static final int RECORDED_BY_MAX = 100;

    /** What happened. */
    public enum Kind {
        JOINED,
        ROLE,
        STATUS,
        ROLE_AND_STATUS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, updatable = false, length = 32)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private MemberStatus status;

    @Column(updatable = false, length = RosterMember.REASON_MAX)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = RECORDED_BY_MAX)
    private String recordedBy;

    protected MemberChange() {
    }

    MemberChange(long memberId, LocalDate effectiveOn, Kind kind, MemberRole role, MemberStatus status,
            String reason, Instant recordedAt, String recordedBy) {
        this.memberId = memberId;
        this.effectiveOn = effectiveOn;
        this.kind = kind;
        this.role = role;
        this.status = status;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy.length() > RECORDED_BY_MAX ? recordedBy.substring(0, RECORDED_BY_MAX)
                : recordedBy;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Kind getKind() {
        return kind;
    }

    public MemberRole getRole() {
        return role;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
