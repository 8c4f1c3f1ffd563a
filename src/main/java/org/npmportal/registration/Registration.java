package org.npmportal.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.npmportal.base.AbstractEntity;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;
import org.npmportal.seminar.Seminar;

/**
 * One person's registration for one seminar, identified by the e-mail address. Its status changes only
 * in {@link RegistrationService}, while the seminar's row is locked.
 */
@Entity
@Table(name = "registration")
public class Registration extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    @Column(nullable = false, length = RegistrationRequest.EMAIL_MAX)
    private String email;

    @Column(name = "full_name", nullable = false, length = RegistrationRequest.NAME_MAX)
    private String fullName;

    @Column(length = RegistrationRequest.ORGANISATION_MAX)
    private String organisation;

    @Column(name = "job_position", length = RegistrationRequest.POSITION_MAX)
    private String position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(length = RegistrationRequest.NEEDS_MAX)
    private String needs;

    @Column(name = "consent_processing", nullable = false)
    private boolean consentProcessing;

    @Column(name = "consent_listing", nullable = false)
    private boolean consentListing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RegistrationStatus status;

    /**
     * The queue number, given in the order people joined the waitlist and cleared when they leave it; the
     * queue order is the order of these numbers, and a person's place is how many waiting numbers are lower.
     */
    @Column(name = "waitlist_number")
    private Integer waitlistNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Until when an unconfirmed registration waits for its address to be confirmed. */
    @Column(name = "confirm_by")
    private Instant confirmBy;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "seated_at")
    private Instant seatedAt;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by", length = 16)
    private EndedBy endedBy;

    @Column(name = "decision_message", length = RegistrationService.MESSAGE_MAX)
    private String decisionMessage;

    @Column(name = "invitation_id")
    private Long invitationId;

    @Column(name = "certificate_number", length = 40)
    private String certificateNumber;

    @Column(name = "certificate_issued_at")
    private Instant certificateIssuedAt;

    protected Registration() {
    }

    Registration(Seminar seminar, String email, Instant now) {
        this.seminar = seminar;
        this.email = email;
        this.createdAt = now;
    }

    /** Takes the person's details from the form, as typed (already normalised by the service). */
    void fill(RegistrationRequest request, Region region) {
        this.fullName = request.fullName();
        this.organisation = request.organisation();
        this.position = request.position();
        this.region = region;
        this.language = request.language();
        this.needs = request.needs();
        this.consentProcessing = request.consentProcessing();
        this.consentListing = request.consentListing();
    }

    /** (Re)starts the registration as unconfirmed, clearing what an earlier, ended registration left. */
    void restart(Instant now, Instant confirmBy, Long invitationId) {
        status = RegistrationStatus.PENDING;
        this.confirmBy = confirmBy;
        this.invitationId = invitationId;
        emailConfirmedAt = null;
        seatedAt = null;
        offerExpiresAt = null;
        waitlistNumber = null;
        endedAt = null;
        endedBy = null;
        decisionMessage = null;
        updatedAt = now;
    }

    void emailConfirmed(Instant now) {
        emailConfirmedAt = now;
        confirmBy = null;
        touch(now);
    }

    void awaitApproval(Instant now) {
        status = RegistrationStatus.AWAITING_APPROVAL;
        touch(now);
    }

    void seat(Instant now) {
        status = RegistrationStatus.CONFIRMED;
        seatedAt = now;
        waitlistNumber = null;
        offerExpiresAt = null;
        touch(now);
    }

    void waitlist(int number, Instant now) {
        status = RegistrationStatus.WAITLISTED;
        waitlistNumber = number;
        touch(now);
    }

    void offer(Instant expiresAt, Instant now) {
        status = RegistrationStatus.OFFERED;
        waitlistNumber = null;
        offerExpiresAt = expiresAt;
        touch(now);
    }

    void end(RegistrationStatus endStatus, EndedBy by, String message, Instant now) {
        status = endStatus;
        endedAt = now;
        endedBy = by;
        decisionMessage = message;
        waitlistNumber = null;
        offerExpiresAt = null;
        confirmBy = null;
        touch(now);
    }

    void certificateIssued(String number, Instant now) {
        certificateNumber = number;
        certificateIssuedAt = now;
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    public Seminar getSeminar() {
        return seminar;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getPosition() {
        return position;
    }

    public Region getRegion() {
        return region;
    }

    public Language getLanguage() {
        return language;
    }

    public String getNeeds() {
        return needs;
    }

    public boolean isConsentProcessing() {
        return consentProcessing;
    }

    public boolean isConsentListing() {
        return consentListing;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Integer getWaitlistNumber() {
        return waitlistNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getConfirmBy() {
        return confirmBy;
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public Instant getSeatedAt() {
        return seatedAt;
    }

    public Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public EndedBy getEndedBy() {
        return endedBy;
    }

    public String getDecisionMessage() {
        return decisionMessage;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public Instant getCertificateIssuedAt() {
        return certificateIssuedAt;
    }
}
