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
import jakarta.validation.constraints.NotNull;
import org.npmportal.directory.Organisation;

/** An organisation's part in a seminar: co-organiser, supporter, funder. */
@Entity
@Table(name = "seminar_partner")
public class SeminarPartner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    @NotNull(message = "{seminar.partner.organisation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @NotNull(message = "{seminar.partner.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PartnerRole role;

    @Column(nullable = false)
    private int position;

    protected SeminarPartner() {
    }

    public SeminarPartner(Organisation organisation, PartnerRole role) {
        this.organisation = organisation;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public PartnerRole getRole() {
        return role;
    }

    public void setRole(PartnerRole role) {
        this.role = role;
    }

    void attach(Seminar seminar, int position) {
        this.seminar = seminar;
        this.position = position;
    }
}
