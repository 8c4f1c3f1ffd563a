package org.npmportal.selection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One thing the commission rates, such as monitoring experience: its weight relative to the other criteria
 * and a whole-number scale, with a short text for the points that need one.
 */
@Entity
@Table(name = "selection_criterion")
public class RatingCriterion {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int ANCHOR_MAX = 300;
    public static final int SCALE_LIMIT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private SelectionRound round;

    @Column(nullable = false)
    private int position;

    @NotBlank(message = "{selection.criterion.name.required}")
    @Size(max = NAME_MAX, message = "{selection.criterion.name.size}")
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = DESCRIPTION_MAX, message = "{selection.criterion.description.size}")
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @NotNull(message = "{selection.criterion.weight.required}")
    @DecimalMin(value = "0.01", message = "{selection.criterion.weight.range}")
    @DecimalMax(value = "1000", message = "{selection.criterion.weight.range}")
    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal weight;

    @NotNull(message = "{selection.criterion.scale.required}")
    @Min(value = 0, message = "{selection.criterion.scale.range}")
    @Max(value = SCALE_LIMIT, message = "{selection.criterion.scale.range}")
    @Column(name = "scale_min", nullable = false)
    private Integer scaleMin;

    @NotNull(message = "{selection.criterion.scale.required}")
    @Min(value = 1, message = "{selection.criterion.scale.range}")
    @Max(value = SCALE_LIMIT, message = "{selection.criterion.scale.range}")
    @Column(name = "scale_max", nullable = false)
    private Integer scaleMax;

    @ElementCollection
    @CollectionTable(name = "selection_anchor", joinColumns = @JoinColumn(name = "criterion_id"))
    @MapKeyColumn(name = "point")
    @Column(name = "label", nullable = false, length = ANCHOR_MAX)
    private Map<Integer, String> anchors = new TreeMap<>();

    public RatingCriterion() {
    }

    public RatingCriterion(String name, String description, BigDecimal weight, int scaleMin, int scaleMax,
            Map<Integer, String> anchors) {
        this.name = name;
        this.description = description;
        this.weight = weight;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
        this.anchors.putAll(anchors);
    }

    void attach(SelectionRound round, int position) {
        this.round = round;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public Integer getScaleMin() {
        return scaleMin;
    }

    public void setScaleMin(Integer scaleMin) {
        this.scaleMin = scaleMin;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public void setScaleMax(Integer scaleMax) {
        this.scaleMax = scaleMax;
    }

    /** Texts for points of the scale, by point, in point order; change them with {@link #setAnchors}. */
    public SortedMap<Integer, String> getAnchors() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(anchors));
    }

    public void setAnchors(Map<Integer, String> anchors) {
        this.anchors.clear();
        this.anchors.putAll(anchors);
    }

    public boolean accepts(int score) {
        return score >= scaleMin && score <= scaleMax;
    }
}
