package org.npmportal.selection.scoring;

import java.util.Map;

/**
 * How seats are shared out.
 *
 * @param seatsByRegion  seats reserved for candidates of a region; regions not named have none reserved
 * @param totalSeats     all seats, regional ones included; at least the sum of the regional seats
 * @param reserveSize    length of the reserve list
 * @param minimumRatings fewest valid (not recused, complete) ratings a candidate needs to be eligible
 */
public record QuotaRules(Map<String, Integer> seatsByRegion, int totalSeats, int reserveSize, int minimumRatings) {

    public QuotaRules {
        seatsByRegion = Map.copyOf(seatsByRegion);
        int regional = 0;
        for (var seats : seatsByRegion.entrySet()) {
            if (seats.getValue() < 0) {
                throw new IllegalArgumentException("region " + seats.getKey() + ": seats must not be negative");
            }
            regional += seats.getValue();
        }
        if (totalSeats < regional) {
            throw new IllegalArgumentException(
                    "total seats " + totalSeats + " are fewer than the " + regional + " regional seats");
        }
        if (reserveSize < 0 || minimumRatings < 0) {
            throw new IllegalArgumentException("reserve size and minimum ratings must not be negative");
        }
    }
}
