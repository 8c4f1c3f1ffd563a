package org.npmportal.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder round sent (or skipped as too late) for one seminar; unique per seminar and days before. */
@Entity
@Table(name = "seminar_reminder")
class SeminarReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seminar_id", nullable = false)
    private long seminarId;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int recipients;

    protected SeminarReminder() {
    }

    SeminarReminder(long seminarId, int daysBefore, Instant sentAt, int recipients) {
        this.seminarId = seminarId;
        this.daysBefore = daysBefore;
        this.sentAt = sentAt;
        this.recipients = recipients;
    }

    int daysBefore() {
        return daysBefore;
    }

    int recipients() {
        return recipients;
    }
}
