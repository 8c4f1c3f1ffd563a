package org.npmportal.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A report the donor expects by a day: narrative or financial. */
@Entity
@Table(name = "funding_deadline")
class Deadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeadlineKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(length = DeadlineRequest.DESCRIPTION_MAX)
    private String description;

    protected Deadline() {
    }

    Deadline(long grantId, DeadlineRequest request) {
        this.grantId = grantId;
        this.kind = request.kind();
        this.dueOn = request.dueOn();
        this.description = request.description() == null || request.description().isBlank()
                ? null : request.description().strip();
    }

    Long getId() {
        return id;
    }

    long getGrantId() {
        return grantId;
    }

    DeadlineKind getKind() {
        return kind;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    String getDescription() {
        return description;
    }
}
