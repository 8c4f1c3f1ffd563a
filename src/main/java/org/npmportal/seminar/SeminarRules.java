package org.npmportal.seminar;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.npmportal.base.FieldProblem;

/**
 * The rules that tie a seminar's fields together. Field formats are Jakarta constraints on the
 * entities; these are the rules across fields, and the stricter ones a seminar must meet before the
 * public sees it. Each broken rule names the field to mark.
 */
final class SeminarRules {

    private SeminarRules() {
    }

    static List<FieldProblem> check(Seminar seminar, boolean mustBePublishable) {
        List<FieldProblem> problems = new ArrayList<>();
        checkZone(seminar, problems);
        checkDates(seminar, problems);
        checkCapacity(seminar, problems);
        checkRegistrationWindow(seminar, problems);
        checkSessions(seminar, problems);
        checkPartners(seminar, problems);
        if (mustBePublishable) {
            checkPublishable(seminar, problems);
        }
        return problems;
    }

    private static void checkZone(Seminar seminar, List<FieldProblem> problems) {
        try {
            ZoneId.of(seminar.getTimeZone());
        } catch (DateTimeException | NullPointerException e) {
            problems.add(new FieldProblem("timeZone", "seminar.timeZone.invalid"));
        }
    }

    private static void checkDates(Seminar seminar, List<FieldProblem> problems) {
        var start = seminar.getStartsAt();
        var end = seminar.getEndsAt();
        if (start == null && end != null) {
            problems.add(new FieldProblem("startsAt", "seminar.start.required"));
        } else if (start != null && end == null) {
            problems.add(new FieldProblem("endsAt", "seminar.end.required"));
        } else if (start != null && !end.isAfter(start)) {
            problems.add(new FieldProblem("endsAt", "seminar.end.notAfterStart"));
        }
    }

    private static void checkCapacity(Seminar seminar, List<FieldProblem> problems) {
        Integer capacity = seminar.getCapacity();
        Integer room = seminar.getRoomCapacity();
        if (capacity != null && room != null && seminar.getFormat().needsVenue() && capacity > room) {
            problems.add(new FieldProblem("capacity", "seminar.capacity.aboveRoom"));
        }
        if (capacity != null && capacity < seminar.getSeatsTaken()) {
            problems.add(new FieldProblem("capacity", "seminar.capacity.belowTaken"));
        }
    }

    private static void checkRegistrationWindow(Seminar seminar, List<FieldProblem> problems) {
        var opens = seminar.getRegistrationOpens();
        var closes = seminar.getRegistrationCloses();
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            problems.add(new FieldProblem("registrationOpens", "seminar.registrationOpens.notBeforeClose"));
        }
        if (closes != null && seminar.getEndsAt() != null && !closes.isBefore(seminar.getEndsAt())) {
            problems.add(new FieldProblem("registrationCloses", "seminar.registrationCloses.notBeforeEnd"));
        }
        if (opens != null && seminar.getEndsAt() != null && !opens.isBefore(seminar.getEndsAt())) {
            problems.add(new FieldProblem("registrationOpens", "seminar.registrationOpens.notBeforeEnd"));
        }
    }

    private static void checkSessions(Seminar seminar, List<FieldProblem> problems) {
        var start = seminar.getStartsAt();
        var end = seminar.getEndsAt();
        for (AgendaSession session : seminar.getSessions()) {
            if (session.getStartsAt() == null || session.getEndsAt() == null) {
                continue;
            }
            if (!session.getEndsAt().isAfter(session.getStartsAt())) {
                problems.add(new FieldProblem("sessions", "seminar.session.endNotAfterStart"));
            } else if (start == null || end == null) {
                problems.add(new FieldProblem("sessions", "seminar.session.needsDates"));
            } else if (session.getStartsAt().toLocalDate().isBefore(start.toLocalDate())
                    || session.getEndsAt().toLocalDate().isAfter(end.toLocalDate())) {
                problems.add(new FieldProblem("sessions", "seminar.session.outsideDays"));
            }
        }
    }

    private static void checkPartners(Seminar seminar, List<FieldProblem> problems) {
        var seen = new HashSet<Long>();
        for (SeminarPartner partner : seminar.getPartners()) {
            var organisation = partner.getOrganisation();
            if (organisation != null && organisation.getId() != null && !seen.add(organisation.getId())) {
                problems.add(new FieldProblem("partners", "seminar.partner.duplicate"));
                return;
            }
        }
    }

    private static void checkPublishable(Seminar seminar, List<FieldProblem> problems) {
        if (seminar.getStartsAt() == null) {
            problems.add(new FieldProblem("startsAt", "seminar.publish.startRequired"));
        }
        if (seminar.getEndsAt() == null) {
            problems.add(new FieldProblem("endsAt", "seminar.publish.endRequired"));
        }
        if (seminar.getCapacity() == null) {
            problems.add(new FieldProblem("capacity", "seminar.publish.capacityRequired"));
        }
        boolean hasVenue = !isBlank(seminar.getVenueName());
        boolean hasLink = !isBlank(seminar.getMeetingUrl());
        if (!hasVenue && !hasLink) {
            problems.add(new FieldProblem("venueName", "seminar.publish.venueOrLinkRequired"));
        } else if (seminar.getFormat().needsVenue() && !hasVenue) {
            problems.add(new FieldProblem("venueName", "seminar.publish.venueRequired"));
        } else if (seminar.getFormat().needsMeetingLink() && !hasLink) {
            problems.add(new FieldProblem("meetingUrl", "seminar.publish.meetingUrlRequired"));
        }
        if (seminar.getFormat().needsVenue() && isBlank(seminar.getCity())) {
            problems.add(new FieldProblem("city", "seminar.publish.cityRequired"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
