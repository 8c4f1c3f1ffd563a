package org.npmportal.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of a project's aims, with the indicator that shows it was met and the value to reach. */
@Entity
@Table(name = "funding_aim")
class Aim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = AimRequest.TEXT_MAX)
    private String aim;

    @Column(nullable = false, length = AimRequest.TEXT_MAX)
    private String indicator;

    @Column(nullable = false, length = AimRequest.TARGET_MAX)
    private String target;

    protected Aim() {
    }

    Aim(long grantId, int position, AimRequest request) {
        this.grantId = grantId;
        this.position = position;
        this.aim = request.aim().strip();
        this.indicator = request.indicator().strip();
        this.target = request.target().strip();
    }

    AimRequest toRequest() {
        return new AimRequest(aim, indicator, target);
    }
}
