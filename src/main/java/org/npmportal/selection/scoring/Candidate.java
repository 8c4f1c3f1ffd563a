package org.npmportal.selection.scoring;

import java.util.Objects;

/** A candidate monitor and the region whose seats they can fill. */
public record Candidate(String id, String region) {

    public Candidate {
        Criterion.requireId(id, "candidate");
        Objects.requireNonNull(region, "region");
        if (region.isBlank()) {
            throw new IllegalArgumentException("candidate " + id + ": region must not be blank");
        }
    }
}
