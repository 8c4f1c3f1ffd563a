package org.npmportal.registration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.UserFacingException;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarCompleted;
import org.npmportal.seminar.SeminarStatus;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance certificates: after a seminar is completed, everyone with a seat who was marked present on
 * every seminar day gets a numbered certificate by mail, and can download it again through their link.
 * The PDF is made from the stored facts each time, so nothing but the number and date is kept.
 */
@Service
@Transactional
public class CertificateService {

    private final RegistrationRepository registrations;
    private final CertificateQueries queries;
    private final Seats seats;
    private final Links links;
    private final RegistrationMails mails;
    private final CertificatePdf pdf;
    private final AuditLog auditLog;
    private final Clock clock;

    CertificateService(RegistrationRepository registrations, CertificateQueries queries, Seats seats, Links links,
            RegistrationMails mails, CertificatePdf pdf, AuditLog auditLog, Clock clock) {
        this.registrations = registrations;
        this.queries = queries;
        this.seats = seats;
        this.links = links;
        this.mails = mails;
        this.pdf = pdf;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Issues and mails a certificate to each person who attended every day and has none yet; returns how
     * many were issued. Organisers call it again after correcting attendance; nobody gets two.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    public int issue(long seminarId) {
        var seminar = seats.lock(seminarId);
        if (seminar.getStatus() != SeminarStatus.COMPLETED) {
            throw new UserFacingException("certificate.notCompleted");
        }
        int issued = issueFor(seminar);
        auditLog.record("CERTIFICATES_ISSUED", "seminar", seminarId, issued + " certificate(s)");
        return issued;
    }

    /** Completing a seminar issues the certificates for the attendance recorded so far. */
    @EventListener
    void onCompleted(SeminarCompleted event) {
        issueFor(seats.lock(event.seminarId()));
    }

    /** The certificate behind a participant's own link, if one was issued. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CertificateFile> download(String manageToken) {
        var now = clock.instant();
        return links.find(manageToken)
                .filter(token -> token.purpose() == TokenPurpose.MANAGE && token.expiresAt().isAfter(now))
                .flatMap(token -> registrations.findById(token.registrationId()))
                .filter(r -> r.getCertificateNumber() != null)
                .map(r -> new CertificateFile(RegistrationMails.certificateFileName(r), render(r)));
    }

    private int issueFor(Seminar seminar) {
        var now = clock.instant();
        LocalDate first = seminar.getStartsAt().toLocalDate();
        LocalDate last = seminar.getEndsAt().toLocalDate();
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        int issued = 0;
        for (long id : queries.attendedEveryDay(seminar.getId(), first, last, days)) {
            var registration = registrations.findById(id).orElseThrow();
            if (registration.getCertificateNumber() != null) {
                continue;
            }
            registration.certificateIssued(number(seminar, registration), now);
            mails.certificate(registration, links.manage(registration, now), render(registration));
            issued++;
        }
        return issued;
    }

    private byte[] render(Registration r) {
        Seminar s = r.getSeminar();
        List<String> organisers = new ArrayList<>();
        if (s.getLeadOrganiser() != null) {
            organisers.add(s.getLeadOrganiser().getName());
        }
        s.getPartners().forEach(p -> organisers.add(p.getOrganisation().getName()));
        if (organisers.isEmpty()) {
            organisers.add("NPM Portal");
        }
        return pdf.render(new CertificateContent(r.getLanguage(), r.getFullName(), s.getTitle(),
                s.getStartsAt().toLocalDate(), s.getEndsAt().toLocalDate(), s.getCity(), organisers, hours(s),
                r.getCertificateNumber(), r.getCertificateIssuedAt().atZone(s.zone()).toLocalDate(), null));
    }

    /** The agenda's length in hours; without an agenda, the daily opening hours times the number of days. */
    static BigDecimal hours(Seminar s) {
        Duration total = s.getSessions().stream()
                .map(session -> Duration.between(session.getStartsAt(), session.getEndsAt()))
                .reduce(Duration.ZERO, Duration::plus);
        if (total.isZero()) {
            long days = ChronoUnit.DAYS.between(s.getStartsAt().toLocalDate(), s.getEndsAt().toLocalDate()) + 1;
            Duration daily = Duration.between(s.getStartsAt().toLocalTime(), s.getEndsAt().toLocalTime());
            total = daily.isNegative() || daily.isZero()
                    ? Duration.between(s.getStartsAt(), s.getEndsAt()) : daily.multipliedBy(days);
        }
        return BigDecimal.valueOf(total.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** NPM-2013-0001-000042: the year, the seminar and the registration, unique by construction. */
    private static String number(Seminar seminar, Registration registration) {
        return "NPM-%d-%04d-%06d".formatted(seminar.getStartsAt().getYear(), seminar.getId(), registration.getId());
    }
}
