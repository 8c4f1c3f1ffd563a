package org.npmportal.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** One item of the agenda, with times in the seminar's time zone. */
@Entity
@Table(name = "seminar_session")
public class AgendaSession {

    public static final int TITLE_MAX = 300;
    public static final int SPEAKER_MAX = 200;
    public static final int ROOM_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    @NotNull(message = "{seminar.session.start.required}")
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @NotNull(message = "{seminar.session.end.required}")
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @NotBlank(message = "{seminar.session.title.required}")
    @Size(max = TITLE_MAX, message = "{seminar.session.title.size}")
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = SPEAKER_MAX, message = "{seminar.session.speaker.size}")
    @Column(length = SPEAKER_MAX)
    private String speaker;

    @Size(max = ROOM_MAX, message = "{seminar.session.room.size}")
    @Column(length = ROOM_MAX)
    private String room;

    protected AgendaSession() {
    }

    public AgendaSession(LocalDateTime startsAt, LocalDateTime endsAt, String title, String speaker, String room) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.title = title;
        this.speaker = speaker;
        this.room = room;
    }

    public Long getId() {
        return id;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSpeaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    void attach(Seminar seminar) {
        this.seminar = seminar;
    }

    AgendaSession shiftedCopy(java.time.Duration offset) {
        return new AgendaSession(startsAt.plus(offset), endsAt.plus(offset), title, speaker, room);
    }
}
