package org.npmportal.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A trainer or speaker. Named as on the programme; trainers are not staff accounts. */
@Entity
@Table(name = "seminar_trainer")
public class SeminarTrainer {

    public static final int NAME_MAX = 200;
    public static final int AFFILIATION_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    @NotBlank(message = "{seminar.trainer.name.required}")
    @Size(max = NAME_MAX, message = "{seminar.trainer.name.size}")
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = AFFILIATION_MAX, message = "{seminar.trainer.affiliation.size}")
    @Column(length = AFFILIATION_MAX)
    private String affiliation;

    @NotNull(message = "{seminar.trainer.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TrainerKind kind = TrainerKind.TRAINER;

    @Column(nullable = false)
    private int position;

    protected SeminarTrainer() {
    }

    public SeminarTrainer(String name, String affiliation, TrainerKind kind) {
        this.name = name;
        this.affiliation = affiliation;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public TrainerKind getKind() {
        return kind;
    }

    public void setKind(TrainerKind kind) {
        this.kind = kind;
    }

    void attach(Seminar seminar, int position) {
        this.seminar = seminar;
        this.position = position;
    }
}
