package org.npmportal.selection.scoring;

import java.util.Objects;

/**
 * One thing the commission rates, with its relative weight and the scale its scores are given on
 * (for example 1–5 or 0–10, both ends included).
 */
public record Criterion(String id, double weight, double scaleMin, double scaleMax) {

    public Criterion {
        requireId(id, "criterion");
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("criterion " + id + ": weight must be a positive number, was " + weight);
        }
        if (!Double.isFinite(scaleMin) || !Double.isFinite(scaleMax) || !(scaleMin < scaleMax)) {
            throw new IllegalArgumentException(
                    "criterion " + id + ": scale must run from a lower to a higher number, was " + scaleMin + "–" + scaleMax);
        }
    }

    boolean accepts(double value) {
        return value >= scaleMin && value <= scaleMax;
    }

    static void requireId(String id, String what) {
        Objects.requireNonNull(id, what + " id");
        if (id.isBlank()) {
            throw new IllegalArgumentException(what + " id must not be blank");
        }
    }
}
