package org.npmportal.seminar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds clashes between a seminar being planned and other seminars that overlap it in time. */
final class ClashDetector {

    private ClashDetector() {
    }

    /**
     * @param others seminars, other than the candidate and not cancelled, whose days overlap the
     *               candidate's days
     */
    static List<Clash> clashes(Seminar candidate, List<Seminar> others) {
        List<Clash> clashes = new ArrayList<>();
        if (candidate.getStartsAt() == null || candidate.getEndsAt() == null) {
            return clashes;
        }
        candidate.deriveInstants();
        Set<String> trainers = candidate.getTrainers().stream()
                .map(SeminarTrainer::getName).map(ClashDetector::normalise).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (Seminar other : others) {
            if (other.getStartsAt() == null || other.getEndsAt() == null) {
                continue;
            }
            boolean timesOverlap = overlap(candidate.getStartsAtUtc(), candidate.getEndsAtUtc(),
                    other.getStartsAtUtc(), other.getEndsAtUtc());
            boolean sameCity = sameText(candidate.getCity(), other.getCity());
            if (timesOverlap && sameCity && candidate.getFormat().needsVenue() && other.getFormat().needsVenue()
                    && sameText(candidate.getVenueName(), other.getVenueName())) {
                clashes.add(new Clash(Clash.Kind.VENUE, other.getId(), other.getTitle(), other.getVenueName()));
            }
            if (timesOverlap) {
                other.getTrainers().stream()
                        .filter(trainer -> trainers.contains(normalise(trainer.getName())))
                        .forEach(trainer -> clashes.add(
                                new Clash(Clash.Kind.TRAINER, other.getId(), other.getTitle(), trainer.getName())));
            }
            if (sameCity && sameText(candidate.getAudience(), other.getAudience()) && daysOverlap(candidate, other)) {
                clashes.add(new Clash(Clash.Kind.AUDIENCE, other.getId(), other.getTitle(), other.getAudience()));
            }
        }
        return clashes;
    }

    private static boolean overlap(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    private static boolean daysOverlap(Seminar a, Seminar b) {
        return !a.getStartsAt().toLocalDate().isAfter(b.getEndsAt().toLocalDate())
                && !b.getStartsAt().toLocalDate().isAfter(a.getEndsAt().toLocalDate());
    }

    private static boolean sameText(String a, String b) {
        String left = normalise(a);
        return left != null && left.equals(normalise(b));
    }

    private static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
