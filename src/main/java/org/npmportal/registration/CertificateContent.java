package org.npmportal.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.npmportal.base.i18n.Language;

/**
 * Everything an attendance certificate says. The labels come in {@code language}; names, title and
 * city are printed as given.
 *
 * @param city null for online seminars
 * @param organisers the lead organiser first, then the partners
 * @param hours training hours, for example 14 or 12.5
 * @param verificationUrl where anyone can check the certificate; null when there is no such page
 */
public record CertificateContent(
        Language language,
        String participantName,
        String seminarTitle,
        LocalDate firstDay,
        LocalDate lastDay,
        String city,
        List<String> organisers,
        BigDecimal hours,
        String certificateNumber,
        LocalDate issuedOn,
        String verificationUrl) {

    public CertificateContent {
        Objects.requireNonNull(language, "language");
        requireText(participantName, "participantName");
        requireText(seminarTitle, "seminarTitle");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay " + lastDay + " is before firstDay " + firstDay);
        }
        organisers = List.copyOf(Objects.requireNonNull(organisers, "organisers"));
        if (organisers.isEmpty() || organisers.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("organisers must name at least one organiser and no blank one");
        }
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() <= 0) {
            throw new IllegalArgumentException("hours must be positive, not " + hours);
        }
        requireText(certificateNumber, "certificateNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
