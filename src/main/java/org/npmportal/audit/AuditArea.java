package org.npmportal.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The parts of the portal the audit log is filtered by, each known by the prefixes of its actions. */
public enum AuditArea {
    RATINGS("SCORE_", "DECLARATION_"),
    DECISIONS("SELECTION_DECIDED", "SELECTION_OVERRIDE", "SELECTION_PUBLISHED"),
    SELECTION("SELECTION_ROUND_", "SELECTION_CRITERIA_", "SELECTION_COMMISSION_", "SELECTION_PHASE_", "CANDIDATE",
            "APPLICATIONS_"),
    ROSTERS("ROSTER_", "TRAINING_", "VISIT_", "FACILITY_"),
    MONEY("GRANT_", "DEADLINE_", "BUDGET_LINE_", "INSTALMENT_", "EXPENDITURE_"),
    USERS("USER_"),
    PRIVACY("PERSON_", "RETENTION_"),
    SEMINARS("SEMINAR_", "CERTIFICATES_"),
    REGISTRATIONS("REGISTRATION_", "INVITATION_", "ATTENDANCE_"),
    ORGANISATIONS("ORGANISATION_"),
    MAIL("MAIL_");

    private final List<String> prefixes;

    AuditArea(String... prefixes) {
        this.prefixes = List.of(prefixes);
    }

    public List<String> prefixes() {
        return prefixes;
    }

    public static Optional<AuditArea> of(String action) {
        return Arrays.stream(values()).filter(area -> area.prefixes.stream().anyMatch(action::startsWith)).findFirst();
    }
}
