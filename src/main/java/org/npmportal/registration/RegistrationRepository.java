package org.npmportal.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long>, JpaSpecificationExecutor<Registration> {

    @Query("""
            select r from Registration r
            where r.seminar.id = :seminarId and r.consentListing = true
              and r.status = org.npmportal.registration.RegistrationStatus.CONFIRMED
              and r.seminar.status in (org.npmportal.seminar.SeminarStatus.PUBLISHED,
                                       org.npmportal.seminar.SeminarStatus.REGISTRATION_CLOSED,
                                       org.npmportal.seminar.SeminarStatus.COMPLETED)
            order by r.fullName
            """)
    List<Registration> findListed(@Param("seminarId") long seminarId);

    Optional<Registration> findBySeminarIdAndEmail(long seminarId, String email);

    @Query("""
            select r from Registration r
            where r.seminar.id = :seminarId and r.status = org.npmportal.registration.RegistrationStatus.WAITLISTED
            order by r.waitlistNumber
            """)
    List<Registration> findWaitlist(@Param("seminarId") long seminarId, Pageable pageable);

    /** The counts seat decisions need, in one read of the seminar's registrations. */
    default SeatCounts seatCounts(long seminarId) {
        return seatCounts(seminarId, RegistrationStatus.HOLDS_SEAT, RegistrationStatus.WAITLISTED);
    }

    /** The index on seminar, status and waitlist number covers this query. */
    @Query("""
            select new org.npmportal.registration.SeatCounts(
                coalesce(sum(case when r.status in :holdingSeat then 1 else 0 end), 0),
                coalesce(sum(case when r.status = :waiting then 1 else 0 end), 0),
                coalesce(max(r.waitlistNumber), 0))
            from Registration r where r.seminar.id = :seminarId
            """)
    SeatCounts seatCounts(@Param("seminarId") long seminarId,
            @Param("holdingSeat") Collection<RegistrationStatus> holdingSeat, @Param("waiting") RegistrationStatus waiting);

    @Query("""
            select count(r) from Registration r
            where r.seminar.id = :seminarId and r.status = org.npmportal.registration.RegistrationStatus.WAITLISTED
              and r.waitlistNumber <= :number
            """)
    int placeInQueue(@Param("seminarId") long seminarId, @Param("number") int number);

    List<Registration> findBySeminarIdAndStatusIn(long seminarId, Collection<RegistrationStatus> statuses);

    @Query("""
            select r.seminar.id from Registration r
            where r.status = org.npmportal.registration.RegistrationStatus.PENDING and r.confirmBy <= :now
            """)
    List<Long> seminarsWithExpiredConfirmations(@Param("now") Instant now, Pageable pageable);

    @Query("""
            select r.seminar.id from Registration r
            where r.status = org.npmportal.registration.RegistrationStatus.OFFERED and r.offerExpiresAt <= :now
            """)
    List<Long> seminarsWithExpiredOffers(@Param("now") Instant now, Pageable pageable);

    @Query("""
            select r from Registration r
            where r.seminar.id = :seminarId and r.status = org.npmportal.registration.RegistrationStatus.PENDING
              and r.confirmBy <= :now
            """)
    List<Registration> findExpiredConfirmations(@Param("seminarId") long seminarId, @Param("now") Instant now);

    @Query("""
            select r from Registration r
            where r.seminar.id = :seminarId and r.status = org.npmportal.registration.RegistrationStatus.OFFERED
              and r.offerExpiresAt <= :now
            """)
    List<Registration> findExpiredOffers(@Param("seminarId") long seminarId, @Param("now") Instant now);
}
