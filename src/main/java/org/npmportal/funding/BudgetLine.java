package org.npmportal.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.npmportal.base.AbstractEntity;

/** A planned amount of a grant for one purpose, in the grant's currency. */
@Entity
@Table(name = "budget_line")
class BudgetLine extends AbstractEntity {

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Column(nullable = false, length = LineRequest.CODE_MAX)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private BudgetCategory category;

    @Column(nullable = false, length = LineRequest.NAME_MAX)
    private String name;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal planned;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BudgetLine() {
    }

    BudgetLine(long grantId, Instant now) {
        this.grantId = grantId;
        this.createdAt = now;
    }

    void apply(LineRequest request, Instant now) {
        this.code = request.code().strip();
        this.category = request.category();
        this.name = request.name().strip();
        this.planned = request.planned();
        this.updatedAt = now;
    }

    long getGrantId() {
        return grantId;
    }

    String getCode() {
        return code;
    }

    BudgetCategory getCategory() {
        return category;
    }

    String getName() {
        return name;
    }

    BigDecimal getPlanned() {
        return planned;
    }
}
