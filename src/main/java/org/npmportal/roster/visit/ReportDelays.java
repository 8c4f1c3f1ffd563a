package org.npmportal.roster.visit;

import java.util.List;

/**
 * Visits and their reports, as counted for a roster or for one monitor.
 *
 * @param visits        visits made
 * @param published     of those, visits whose report is published
 * @param averageDays   mean days from visit to published report, over published reports; null without any
 * @param medianDays    the middle value (the mean of the two middle ones for an even count); null without any
 * @param longestDays   the most days any published report took; null without any
 * @param withinWeek    published reports that came out within 7 days of the visit
 */
public record ReportDelays(int visits, int published, Double averageDays, Double medianDays, Long longestDays,
        int withinWeek) {

    /** The figures for visits whose delays (null for an unpublished report) are given. */
    static ReportDelays of(List<Long> delays) {
        List<Long> days = delays.stream().filter(java.util.Objects::nonNull).sorted().toList();
        if (days.isEmpty()) {
            return new ReportDelays(delays.size(), 0, null, null, null, 0);
        }
        double average = days.stream().mapToLong(Long::longValue).average().orElseThrow();
        int middle = days.size() / 2;
        double median = days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
        int withinWeek = (int) days.stream().filter(d -> d <= 7).count();
        return new ReportDelays(delays.size(), days.size(), average, median, days.getLast(), withinWeek);
    }

    public int notPublished() {
        return visits - published;
    }
}
