package org.npmportal.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.npmportal.base.AbstractEntity;
import org.npmportal.base.i18n.Language;

/**
 * A person who wants to become a monitor in one round. Blind rating shows raters only the {@link #getCode()
 * code}, never what identifies the person.
 */
@Entity
@Table(name = "selection_candidate")
public class Candidate extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    public static final int ORGANISATION_MAX = 200;
    public static final int LANGUAGES_MAX = 200;
    public static final int TEXT_MAX = 4000;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    /** "C-017": how blind raters and the minutes refer to the candidate. */
    @Column(nullable = false, length = 12)
    private String code;

    @NotBlank(message = "{selection.candidate.fullName.required}")
    @Size(max = NAME_MAX, message = "{selection.candidate.fullName.size}")
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @NotBlank(message = "{selection.candidate.email.required}")
    @Email(message = "{selection.candidate.email.invalid}")
    @Size(max = EMAIL_MAX, message = "{selection.candidate.email.invalid}")
    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Size(max = PHONE_MAX, message = "{selection.candidate.phone.invalid}")
    @Pattern(regexp = "^$|^\\+?[0-9 ()\\-]{5,40}$", message = "{selection.candidate.phone.invalid}")
    @Column(length = PHONE_MAX)
    private String phone;

    @Size(max = ORGANISATION_MAX, message = "{selection.candidate.organisation.size}")
    @Column(length = ORGANISATION_MAX)
    private String organisation;

    @NotNull(message = "{selection.candidate.region.required}")
    @Column(name = "region_id", nullable = false)
    private Long regionId;

    @Size(max = LANGUAGES_MAX, message = "{selection.candidate.languages.size}")
    @Column(length = LANGUAGES_MAX)
    private String languages;

    @Size(max = TEXT_MAX, message = "{selection.candidate.experience.size}")
    @Column(length = TEXT_MAX)
    private String experience;

    @Size(max = TEXT_MAX, message = "{selection.candidate.motivation.size}")
    @Column(length = TEXT_MAX)
    private String motivation;

    /** The language the candidate's mail is written in. */
    @NotNull(message = "{selection.candidate.language.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language = Language.RU;

    /** Agreed that, if selected, their contact details may be shared with their regional team. */
    @Column(name = "share_contacts", nullable = false)
    private boolean shareContacts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CandidateSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CandidateStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirm_token_hash", length = 64)
    private String confirmTokenHash;

    @Column(name = "confirm_by")
    private Instant confirmBy;

    public long getRoundId() {
        return roundId;
    }

    void setRoundId(long roundId) {
        this.roundId = roundId;
    }

    public String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getExperience() {
        return experience;
    }

    public void setExperience(String experience) {
        this.experience = experience;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public boolean isShareContacts() {
        return shareContacts;
    }

    public void setShareContacts(boolean shareContacts) {
        this.shareContacts = shareContacts;
    }

    public CandidateSource getSource() {
        return source;
    }

    void setSource(CandidateSource source) {
        this.source = source;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    void setStatus(CandidateStatus status) {
        this.status = status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    void setConfirmedAt(Instant confirmedAt) {
        this.confirmedAt = confirmedAt;
    }

    String getConfirmTokenHash() {
        return confirmTokenHash;
    }

    void setConfirmTokenHash(String confirmTokenHash) {
        this.confirmTokenHash = confirmTokenHash;
    }

    Instant getConfirmBy() {
        return confirmBy;
    }

    void setConfirmBy(Instant confirmBy) {
        this.confirmBy = confirmBy;
    }
}
