package org.npmportal.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder round sent for one deadline; unique per deadline and days ahead. */
@Entity
@Table(name = "funding_deadline_reminder")
class DeadlineReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deadline_id", nullable = false)
    private long deadlineId;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int recipients;

    protected DeadlineReminder() {
    }

    DeadlineReminder(long deadlineId, int daysBefore, Instant sentAt, int recipients) {
        this.deadlineId = deadlineId;
        this.daysBefore = daysBefore;
        this.sentAt = sentAt;
        this.recipients = recipients;
    }
}
