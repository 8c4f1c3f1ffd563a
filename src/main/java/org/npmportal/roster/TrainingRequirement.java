package org.npmportal.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.npmportal.base.AbstractEntity;
import org.npmportal.seminar.Seminar;

/**
 * Training a roster requires, such as "NPM basics": attending any one of its seminars on every day meets
 * it. Past seminars count for those who attended them; upcoming ones are where the others are invited.
 */
@Entity
@Table(name = "training_requirement")
public class TrainingRequirement extends AbstractEntity {

    public static final int NAME_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roster_id")
    private Roster roster;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** Whether a monitor should meet it before their first visit; recording such a visit warns. */
    @Column(name = "before_first_visit", nullable = false)
    private boolean beforeFirstVisit;

    @ManyToMany
    @JoinTable(name = "training_requirement_seminar", joinColumns = @JoinColumn(name = "requirement_id"),
            inverseJoinColumns = @JoinColumn(name = "seminar_id"))
    private Set<Seminar> seminars = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainingRequirement() {
    }

    TrainingRequirement(Roster roster, Instant now) {
        this.roster = roster;
        this.createdAt = now;
    }

    void apply(String newName, boolean newBeforeFirstVisit, Set<Seminar> newSeminars) {
        name = newName;
        beforeFirstVisit = newBeforeFirstVisit;
        seminars.clear();
        seminars.addAll(newSeminars);
    }

    public Roster getRoster() {
        return roster;
    }

    public String getName() {
        return name;
    }

    public boolean isBeforeFirstVisit() {
        return beforeFirstVisit;
    }

    public Set<Seminar> getSeminars() {
        return Set.copyOf(seminars);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
