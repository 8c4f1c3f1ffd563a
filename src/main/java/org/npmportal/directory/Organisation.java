package org.npmportal.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.npmportal.base.AbstractEntity;

/** An organisation that organises, supports or funds the work: OSCE, the Ombudsman Office, PRI, NGOs, donors. */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

    public static final int NAME_MAX = 300;
    public static final int ACRONYM_MAX = 30;
    public static final int WEBSITE_MAX = 300;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = NAME_MAX, message = "{organisation.name.size}")
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Size(max = ACRONYM_MAX, message = "{organisation.acronym.size}")
    @Column(length = ACRONYM_MAX)
    private String acronym;

    @NotNull(message = "{organisation.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationKind kind;

    @Size(max = WEBSITE_MAX, message = "{organisation.website.size}")
    @Pattern(regexp = "^(https?://\\S+)?$", message = "{organisation.website.invalid}")
    @Column(length = WEBSITE_MAX)
    private String website;

    protected Organisation() {
    }

    public Organisation(String name, String acronym, OrganisationKind kind, String website) {
        this.name = name;
        this.acronym = acronym;
        this.kind = kind;
        this.website = website;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    /** The acronym when there is one, for tight spaces such as calendar cells. */
    public String shortName() {
        return acronym == null || acronym.isBlank() ? name : acronym;
    }
}
