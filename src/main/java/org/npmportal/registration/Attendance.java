package org.npmportal.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A participant marked present on one seminar day at check-in. The table's unique key allows one row
 * per registration and day; {@link ParticipantService} marks under the seminar's lock, so two tablets
 * marking the same person at once store one row and show no error.
 */
@Entity
@Table(name = "attendance")
public class Attendance {

    public static final int MARKED_BY_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    /** The seminar day, in the seminar's own time zone. */
    @Column(name = "attended_on", nullable = false)
    private LocalDate attendedOn;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by", nullable = false, length = MARKED_BY_MAX)
    private String markedBy;

    protected Attendance() {
    }

    Attendance(long registrationId, LocalDate attendedOn, Instant markedAt, String markedBy) {
        this.registrationId = registrationId;
        this.attendedOn = attendedOn;
        this.markedAt = markedAt;
        this.markedBy = markedBy;
    }

    public Long getId() {
        return id;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public LocalDate getAttendedOn() {
        return attendedOn;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    public String getMarkedBy() {
        return markedBy;
    }
}
