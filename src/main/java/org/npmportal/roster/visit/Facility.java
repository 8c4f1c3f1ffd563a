package org.npmportal.roster.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.npmportal.base.AbstractEntity;
import org.npmportal.directory.Region;

/** A place of detention in the directory that visits refer to; one name per region. */
@Entity
@Table(name = "facility")
public class Facility extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "facility_type", nullable = false, length = 32)
    private FacilityType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(length = ADDRESS_MAX)
    private String address;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Facility() {
    }

    Facility(Instant now) {
        this.createdAt = now;
    }

    void apply(FacilityDetails details, Region newRegion, Instant now) {
        name = details.name();
        type = details.type();
        region = newRegion;
        address = details.address();
        updatedAt = now;
    }

    public String getName() {
        return name;
    }

    public FacilityType getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public String getAddress() {
        return address;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
