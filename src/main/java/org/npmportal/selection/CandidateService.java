package org.npmportal.selection;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InputValidator;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.LinkTokens;
import org.npmportal.base.RateLimitSettings;
import org.npmportal.base.RateLimitedException;
import org.npmportal.base.RateLimiter;
import org.npmportal.base.Texts;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;
import org.npmportal.directory.RegionRepository;
import org.npmportal.registration.AttendanceHistory;
import org.npmportal.registration.SeminarAttended;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's candidates: people apply through the public form and confirm their address by link, organisers
 * add, edit, withdraw and import candidates, and the commission reads candidates' CVs and history.
 *
 * <p>Every change to a round's candidates takes the round's row lock first, so codes are given one after
 * another (C-001, C-002, …) and one address never becomes two candidates, also when many apply at once.
 */
@Service
@Transactional
public class CandidateService {

    /** The largest CV: five megabytes, enough for a PDF of a few pages with a photo. */
    public static final int CV_MAX_BYTES = 5 * 1024 * 1024;
    /** The largest candidate list an organiser can import at once. */
    public static final int IMPORT_MAX_BYTES = CandidateCsv.MAX_BYTES;
    public static final int IMPORT_MAX_ROWS = CandidateCsv.MAX_ROWS;
    /** The most rows an export holds. */
    public static final int EXPORT_MAX_ROWS = 10_000;
    public static final int REASON_MAX = 1000;
    /** How long an applicant has to confirm the address. */
    public static final Duration CONFIRMATION_TIME = Duration.ofHours(48);
    /** How long an application that was never confirmed is kept after its time to confirm ended. */
    public static final Duration KEEP_UNCONFIRMED = Duration.ofDays(30);

    static final String ORGANISERS = SelectionService.ORGANISERS;
    static final String SELECTION_STAFF = SelectionService.SELECTION_STAFF;
    private static final String ENTITY = "selection_candidate";
    private static final String CODE_FORMAT = "C-%03d";
    private static final int SLICE = 500;
    private static final int FILE_NAME_MAX = 200;
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** No control characters, unpaired UTF-16 halves, or bidirectional overrides that make text read differently. */
    private static final Pattern SINGLE_LINE = Pattern.compile("^[^\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]*$");
    /** The same, with tabs and line breaks allowed. */
    private static final Pattern MULTI_LINE = Pattern.compile(
            "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]*$");

    private final CandidateRepository candidates;
    private final CandidateCvRepository cvs;
    private final CandidateQueries queries;
    private final SelectionRoundRepository rounds;
    private final RegionRepository regions;
    private final RoundAccess access;
    private final CandidateMails mails;
    private final InputValidator validator;
    private final RateLimiter rateLimiter;
    private final AuditLog audit;
    private final AttendanceHistory attendance;
    private final ObjectProvider<RosterHistory> rosterHistory;
    private final Clock clock;

    CandidateService(CandidateRepository candidates, CandidateCvRepository cvs, CandidateQueries queries,
            SelectionRoundRepository rounds, RegionRepository regions, RoundAccess access, CandidateMails mails,
            InputValidator validator, RateLimiter rateLimiter, AuditLog audit, AttendanceHistory attendance,
            ObjectProvider<RosterHistory> rosterHistory, Clock clock) {
        this.candidates = candidates;
        this.cvs = cvs;
        this.queries = queries;
        this.rounds = rounds;
        this.regions = regions;
        this.access = access;
        this.mails = mails;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.attendance = attendance;
        this.rosterHistory = rosterHistory;
        this.clock = clock;
    }

    // ---- Organisers: the list ----

    /**
     * One page of the round's candidates matching the filter. Sorts by {@code code}, {@code fullName},
     * {@code status} or {@code createdAt}; by code otherwise.
     */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<CandidateRow> page(long roundId, CandidateFilter filter, Pageable pageable) {
        return queries.rows(roundId, filter, pageable);
    }

    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public long count(long roundId, CandidateFilter filter) {
        return queries.count(roundId, filter);
    }

    /** Everything matching the filter, by code, for the exports (at most {@link #EXPORT_MAX_ROWS}). */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<CandidateRow> all(long roundId, CandidateFilter filter) {
        return queries.rows(roundId, filter, PageRequest.of(0, EXPORT_MAX_ROWS, Sort.by(CandidateQueries.SORT_CODE)));
    }

    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public CandidateCounts counts(long roundId) {
        return new CandidateCounts(queries.countsByStatus(roundId));
    }

    /** The candidate as stored, to edit; empty when there is no such candidate. */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public Optional<Candidate> get(long candidateId) {
        return candidates.findById(candidateId);
    }

    // ---- Organisers: changes ----

    /** Adds a candidate an organiser entered, active at once, while the round takes candidates. */
    @PreAuthorize(ORGANISERS)
    public Candidate add(long roundId, Candidate candidate) {
        if (candidate.getId() != null) {
            throw new IllegalArgumentException("A new candidate has no id yet");
        }
        normalise(candidate);
        var round = access.lockRound(roundId);
        requireEditable(round);
        List<FieldProblem> problems = problems(candidate);
        if (problems.isEmpty() && emailTaken(roundId, candidate.getEmail(), null)) {
            problems.add(new FieldProblem("email", "selection.candidate.email.taken"));
        }
        throwIfAny(problems);
        var now = clock.instant();
        enter(candidate, roundId, queries.nextNumber(roundId), CandidateSource.ADDED, CandidateStatus.ACTIVE, now);
        var saved = candidates.saveAndFlush(candidate);
        audit.record("CANDIDATE_ADDED", ENTITY, saved.getId(), saved.getCode() + " in round " + roundId);
        return saved;
    }

    /**
     * Saves an organiser's changes to a candidate's details; code, status and source stay as they are. Refused
     * when someone else saved the candidate since it was read.
     */
    @PreAuthorize(ORGANISERS)
    public Candidate update(Candidate edited) {
        if (edited.getId() == null) {
            throw notFound();
        }
        normalise(edited);
        long roundId = candidates.roundIdOf(edited.getId()).orElseThrow(CandidateService::notFound);
        var round = access.lockRound(roundId);
        var stored = candidates.findById(edited.getId()).orElseThrow(CandidateService::notFound);
        if (stored.getVersion() != edited.getVersion()) {
            throw new UserFacingException("error.concurrentChange");
        }
        requireEditable(round);
        List<FieldProblem> problems = problems(edited);
        if (problems.isEmpty() && emailTaken(roundId, edited.getEmail(), stored.getId())) {
            problems.add(new FieldProblem("email", "selection.candidate.email.taken"));
        }
        throwIfAny(problems);
        String changed = changedFields(stored, edited);
        stored.setFullName(edited.getFullName());
        stored.setEmail(edited.getEmail());
        stored.setPhone(edited.getPhone());
        stored.setOrganisation(edited.getOrganisation());
        stored.setRegionId(edited.getRegionId());
        stored.setLanguages(edited.getLanguages());
        stored.setExperience(edited.getExperience());
        stored.setMotivation(edited.getMotivation());
        stored.setLanguage(edited.getLanguage());
        stored.setShareContacts(edited.isShareContacts());
        var saved = candidates.saveAndFlush(stored);
        if (!changed.isEmpty()) {
            audit.record("CANDIDATE_UPDATED", ENTITY, saved.getId(), saved.getCode() + ": " + changed);
        }
        return saved;
    }

    /**
     * Withdraws a candidate from the round, with the organiser's reason, which is kept in the audit log. A
     * withdrawn candidate is neither rated nor ranked.
     */
    @PreAuthorize(ORGANISERS)
    public Candidate withdraw(long candidateId, String reason) {
        String text = reason == null ? "" : reason.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "selection.candidate.withdraw.reason.required");
        }
        if (text.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "selection.candidate.withdraw.reason.size");
        }
        if (!MULTI_LINE.matcher(text).matches()) {
            throw new InvalidInputException("reason", "selection.candidate.text.controlCharacters");
        }
        long roundId = candidates.roundIdOf(candidateId).orElseThrow(CandidateService::notFound);
        var round = access.lockRound(roundId);
        var candidate = candidates.findById(candidateId).orElseThrow(CandidateService::notFound);
        requireEditable(round);
        if (candidate.getStatus() == CandidateStatus.WITHDRAWN) {
            throw new UserFacingException("selection.candidate.alreadyWithdrawn");
        }
        var before = candidate.getStatus();
        candidate.setStatus(CandidateStatus.WITHDRAWN);
        var saved = candidates.saveAndFlush(candidate);
        audit.record("CANDIDATE_WITHDRAWN", ENTITY, candidateId,
                saved.getCode() + ": " + before + " -> WITHDRAWN; reason: " + text);
        return saved;
    }

    /** Stores a candidate's CV, replacing an earlier one: a PDF of at most {@link #CV_MAX_BYTES}. */
    @PreAuthorize(ORGANISERS)
    public void attachCv(long candidateId, String fileName, byte[] content) {
        throwIfAny(cvProblems(content));
        long roundId = candidates.roundIdOf(candidateId).orElseThrow(CandidateService::notFound);
        var round = access.lockRound(roundId);
        var candidate = candidates.findById(candidateId).orElseThrow(CandidateService::notFound);
        requireEditable(round);
        storeCv(candidateId, fileName, content, clock.instant());
        audit.record("CANDIDATE_CV_ATTACHED", ENTITY, candidateId,
                candidate.getCode() + ": " + content.length + " bytes");
    }

    /**
     * Imports candidates from a CSV file (UTF-8, with or without a byte order mark; commas, semicolons or
     * tabs) with the columns full name, e-mail, phone, organisation, region (its code or its name in any of
     * the portal's languages), languages, experience, motivation and the language of their mail ({@code EN},
     * {@code RU} or {@code KK}; Russian when empty). A first line without an address is a header. Candidates
     * are active at once. If any line is bad, or names an address the round already has, nobody is imported.
     *
     * @return how many candidates were imported
     * @throws InvalidImportException naming each bad line
     */
    @PreAuthorize(ORGANISERS)
    public int importCsv(long roundId, byte[] file) {
        List<CandidateCsv.Row> rows = CandidateCsv.parse(CandidateCsv.decode(file));
        Map<String, Long> regionIds = regionLookup();
        Set<Long> knownRegions = Set.copyOf(regionIds.values());
        List<ImportProblem> problems = new ArrayList<>();
        List<Candidate> imported = new ArrayList<>();
        Map<String, Integer> lineOfEmail = new HashMap<>();
        for (CandidateCsv.Row row : rows) {
            var candidate = new Candidate();
            candidate.setFullName(row.cell(0));
            candidate.setEmail(row.cell(1));
            candidate.setPhone(row.cell(2));
            candidate.setOrganisation(row.cell(3));
            candidate.setLanguages(row.cell(5));
            candidate.setExperience(row.cell(6));
            candidate.setMotivation(row.cell(7));
            int before = problems.size();
            String region = row.cell(4);
            if (region.isEmpty()) {
                problems.add(new ImportProblem(row.line(), "regionId", "selection.candidate.region.required"));
            } else {
                candidate.setRegionId(regionIds.get(lookupKey(region)));
                if (candidate.getRegionId() == null) {
                    problems.add(new ImportProblem(row.line(), "regionId", "selection.candidate.region.unknown"));
                }
            }
            String language = row.cell(8);
            if (language.isEmpty()) {
                candidate.setLanguage(Language.RU);
            } else {
                var known = Language.fromTag(language);
                known.ifPresent(candidate::setLanguage);
                if (known.isEmpty()) {
                    problems.add(new ImportProblem(row.line(), "language", "selection.candidate.language.unknown"));
                }
            }
            normalise(candidate);
            problems(candidate, knownRegions::contains).stream()
                    .filter(problem -> !problem.field().equals("regionId") || candidate.getRegionId() != null)
                    .forEach(problem -> problems.add(new ImportProblem(row.line(), problem.field(),
                            problem.messageKey())));
            if (problems.size() == before && candidate.getEmail() != null) {
                Integer earlier = lineOfEmail.putIfAbsent(candidate.getEmail(), row.line());
                if (earlier != null) {
                    problems.add(new ImportProblem(row.line(), "email", "selection.candidate.import.duplicate"));
                }
            }
            imported.add(candidate);
        }
        var round = access.lockRound(roundId);
        requireEditable(round);
        var existing = new HashSet<String>();
        var emails = List.copyOf(lineOfEmail.keySet());
        for (int from = 0; from < emails.size(); from += SLICE) {
            candidates.findByRoundIdAndEmailIn(roundId, emails.subList(from, Math.min(emails.size(), from + SLICE)))
                    .forEach(c -> existing.add(c.getEmail()));
        }
        existing.forEach(email -> problems.add(new ImportProblem(lineOfEmail.get(email), "email",
                "selection.candidate.import.emailExists")));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportProblem::line));
            throw new InvalidImportException(problems);
        }
        var now = clock.instant();
        int number = queries.nextNumber(roundId);
        for (Candidate candidate : imported) {
            enter(candidate, roundId, number++, CandidateSource.IMPORTED, CandidateStatus.ACTIVE, now);
        }
        candidates.saveAllAndFlush(imported);
        audit.record("CANDIDATES_IMPORTED", "selection_round", roundId, imported.size() + " candidate(s), "
                + imported.getFirst().getCode() + " to " + imported.getLast().getCode());
        return imported.size();
    }

    // ---- Organisers and the round's commission ----

    /**
     * What the portal knows of these candidates from before: earlier rosters and attended seminars, found by
     * e-mail address with one query per source. Candidates of other rounds are left out; every candidate of
     * the round asked for is in the map, with empty lists when nothing is known.
     */
    @PreAuthorize(SELECTION_STAFF)
    @Transactional(readOnly = true)
    public Map<Long, CandidateHistory> history(long roundId, Collection<Long> candidateIds) {
        access.requireReader(roundId);
        var ids = List.copyOf(new LinkedHashSet<>(candidateIds));
        Map<Long, String> emailById = new HashMap<>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            candidates.findByRoundIdAndIdIn(roundId, ids.subList(from, Math.min(ids.size(), from + SLICE)))
                    .forEach(c -> emailById.put(c.getId(), c.getEmail()));
        }
        if (emailById.isEmpty()) {
            return Map.of();
        }
        Set<String> emails = new HashSet<>(emailById.values());
        RosterHistory rosters = rosterHistory.getIfUnique();
        Map<String, List<RosterHistoryEntry>> memberships = rosters == null ? Map.of()
                : rosters.membershipsByEmail(emails);
        Map<String, List<SeminarAttended>> seminars = attendance.byEmail(emails);
        Map<Long, CandidateHistory> history = new HashMap<>();
        emailById.forEach((id, email) -> history.put(id, new CandidateHistory(
                memberships.getOrDefault(email, List.of()), seminars.getOrDefault(email, List.of()))));
        return history;
    }

    /**
     * A candidate's CV, for organisers and for the round's commission; in a blind round only organisers
     * may open it, because a CV names the person. Empty when the candidate has none.
     */
    @PreAuthorize(SELECTION_STAFF)
    @Transactional(readOnly = true)
    public Optional<CandidateCvFile> cv(long candidateId) {
        var candidate = candidates.findById(candidateId);
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        var round = access.round(candidate.get().getRoundId());
        access.requireReader(round.getId());
        if (!access.isOrganiser() && round.isBlindRating()) {
            throw new UserFacingException("selection.candidate.cv.blind");
        }
        return cvs.findById(candidateId).map(cv -> new CandidateCvFile(candidate.get().getCode() + ".pdf",
                "application/pdf", cv.content()));
    }

    // ---- The public ----

    /** What the application page shows of a round; empty for unknown rounds and drafts. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicRound> publicRound(long roundId) {
        var now = clock.instant();
        return rounds.findById(roundId)
                .filter(round -> round.getPhase() != RoundPhase.DRAFT)
                .map(round -> new PublicRound(round.getId(), round.getTitle(), round.getDescription(),
                        round.getApplicationsOpen(), round.getApplicationsClose(), round.zone(),
                        applications(round, now)));
    }

    /**
     * Takes an application and mails the link that confirms the address, valid for
     * {@link #CONFIRMATION_TIME}. Applying again with the same address answers the same: an application that
     * was not confirmed yet is replaced by the new one and gets a new link; otherwise nothing changes and the
     * person is mailed where their application stands. So the form reveals nobody. A filled-in honeypot is
     * answered the same way and stores nothing.
     *
     * @param cv        a PDF of at most {@link #CV_MAX_BYTES}, or null
     * @param clientKey the client's IP address, for the rate limit
     * @throws ApplicationsClosedException the round does not take applications now
     * @throws InvalidInputException       naming each bad field; nothing was stored
     * @throws RateLimitedException        too many attempts from this address or for this e-mail
     * @throws UserFacingException         {@code error.notFound} for an unknown round
     */
    @PreAuthorize("permitAll()")
    public void apply(long roundId, ApplicationRequest request, CvUpload cv, String clientKey) {
        limit(RateLimitSettings.APPLICATION_IP, clientKey == null ? "unknown" : clientKey);
        if (request == null) {
            throw new InvalidInputException("fullName", "selection.candidate.fullName.required");
        }
        if (request.looksAutomated()) {
            return;
        }
        var applied = request.toCandidate();
        normalise(applied);
        List<FieldProblem> problems = problems(applied);
        if (!request.consentProcessing()) {
            problems.add(new FieldProblem("consentProcessing", "selection.application.consent.required"));
        }
        boolean withCv = cv != null && cv.content().length > 0;
        if (withCv) {
            problems.addAll(cvProblems(cv.content()));
        }
        throwIfAny(problems);
        limit(RateLimitSettings.APPLICATION_EMAIL, applied.getEmail());

        var now = clock.instant();
        var round = rounds.lockById(roundId)
                .filter(r -> r.getPhase() != RoundPhase.DRAFT)
                .orElseThrow(CandidateService::notFound);
        if (!round.acceptsApplications(now)) {
            throw new ApplicationsClosedException();
        }
        var existing = candidates.findByRoundIdAndEmail(roundId, applied.getEmail());
        if (existing.isPresent() && existing.get().getStatus() != CandidateStatus.UNCONFIRMED) {
            mails.currentStatus(existing.get(), round);
            return;
        }
        Candidate candidate;
        if (existing.isPresent()) {
            candidate = existing.get();
            candidate.setFullName(applied.getFullName());
            candidate.setPhone(applied.getPhone());
            candidate.setOrganisation(applied.getOrganisation());
            candidate.setRegionId(applied.getRegionId());
            candidate.setLanguages(applied.getLanguages());
            candidate.setExperience(applied.getExperience());
            candidate.setMotivation(applied.getMotivation());
            candidate.setLanguage(applied.getLanguage());
            candidate.setShareContacts(applied.isShareContacts());
        } else {
            candidate = applied;
            enter(candidate, roundId, queries.nextNumber(roundId), CandidateSource.APPLICATION,
                    CandidateStatus.UNCONFIRMED, now);
        }
        String token = LinkTokens.newToken();
        candidate.setConfirmTokenHash(LinkTokens.hash(token));
        candidate.setConfirmBy(now.plus(CONFIRMATION_TIME));
        var saved = candidates.saveAndFlush(candidate);
        if (withCv) {
            storeCv(saved.getId(), cv.fileName(), cv.content(), now);
        }
        mails.confirmAddress(saved, round, token);
    }

    /** What a confirmation link would do, without doing it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ApplicationLink look(String token) {
        if (!LinkTokens.isWellFormed(token)) {
            return ApplicationLink.invalid();
        }
        var candidate = candidates.findByConfirmTokenHash(LinkTokens.hash(token));
        if (candidate.isEmpty()) {
            return ApplicationLink.invalid();
        }
        var round = access.round(candidate.get().getRoundId());
        return ApplicationLink.of(state(candidate.get(), round, clock.instant()), round, candidate.get());
    }

    /**
     * Confirms the address of an application, which makes the candidate active; once only (a second click
     * says it was done), within {@link #CONFIRMATION_TIME}, and while the round takes candidates.
     */
    @PreAuthorize("permitAll()")
    public ApplicationLink confirm(String token) {
        if (!LinkTokens.isWellFormed(token)) {
            return ApplicationLink.invalid();
        }
        String hash = LinkTokens.hash(token);
        var roundId = candidates.roundIdByTokenHash(hash);
        if (roundId.isEmpty()) {
            return ApplicationLink.invalid();
        }
        var round = access.lockRound(roundId.get());
        var found = candidates.findByConfirmTokenHash(hash);
        if (found.isEmpty()) {
            return ApplicationLink.invalid();
        }
        var candidate = found.get();
        var now = clock.instant();
        var state = state(candidate, round, now);
        if (state != ApplicationOutcome.DONE) {
            return ApplicationLink.of(state, round, candidate);
        }
        candidate.setStatus(CandidateStatus.ACTIVE);
        candidate.setConfirmedAt(now);
        candidates.saveAndFlush(candidate);
        mails.confirmed(candidate, round);
        return ApplicationLink.of(ApplicationOutcome.DONE, round, candidate);
    }

    // ---- Jobs ----

    /**
     * Deletes the round's applications whose address was never confirmed, {@link #KEEP_UNCONFIRMED} after
     * their time to confirm ended: personal data kept for nothing. Returns how many.
     */
    int deleteLapsedApplications(long roundId) {
        access.lockRound(roundId);
        int deleted = candidates.deleteLapsed(roundId, clock.instant().minus(KEEP_UNCONFIRMED));
        if (deleted > 0) {
            audit.record("APPLICATIONS_DELETED", "selection_round", roundId,
                    deleted + " application(s) never confirmed");
        }
        return deleted;
    }

    List<Long> roundsWithLapsedApplications() {
        return candidates.roundsWithLapsedApplications(clock.instant().minus(KEEP_UNCONFIRMED));
    }

    // ---- Rules ----

    private static ApplicationOutcome state(Candidate candidate, SelectionRound round, Instant now) {
        return switch (candidate.getStatus()) {
            case ACTIVE -> ApplicationOutcome.ALREADY_DONE;
            case WITHDRAWN -> ApplicationOutcome.WITHDRAWN;
            case UNCONFIRMED -> {
                if (candidate.getConfirmBy() == null || !now.isBefore(candidate.getConfirmBy())) {
                    yield ApplicationOutcome.EXPIRED;
                }
                yield round.getPhase().candidatesEditable() ? ApplicationOutcome.DONE : ApplicationOutcome.ROUND_CLOSED;
            }
        };
    }

    private static PublicRound.Applications applications(SelectionRound round, Instant now) {
        if (round.acceptsApplications(now)) {
            return PublicRound.Applications.OPEN;
        }
        boolean beforeWindow = round.getApplicationsOpen() != null
                && now.atZone(round.zone()).toLocalDate().isBefore(round.getApplicationsOpen());
        return round.getPhase() == RoundPhase.APPLICATIONS_OPEN && beforeWindow
                ? PublicRound.Applications.NOT_YET_OPEN : PublicRound.Applications.CLOSED;
    }

    private static void enter(Candidate candidate, long roundId, int number, CandidateSource source,
            CandidateStatus status, Instant now) {
        candidate.setRoundId(roundId);
        candidate.setCode(String.format(Locale.ROOT, CODE_FORMAT, number));
        candidate.setSource(source);
        candidate.setStatus(status);
        candidate.setCreatedAt(now);
    }

    private static void requireEditable(SelectionRound round) {
        if (!round.getPhase().candidatesEditable()) {
            throw new UserFacingException("selection.candidate.notEditable");
        }
    }

    private boolean emailTaken(long roundId, String email, Long exceptId) {
        return candidates.findByRoundIdAndEmail(roundId, email)
                .filter(other -> !Objects.equals(other.getId(), exceptId)).isPresent();
    }

    /** The entity's constraints, then what they cannot say: no control characters, a region that exists. */
    private List<FieldProblem> problems(Candidate candidate) {
        return problems(candidate, regions::existsById);
    }

    private List<FieldProblem> problems(Candidate candidate, Predicate<Long> regionExists) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.check(candidate);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        Map<String, String> singleLine = new LinkedHashMap<>();
        singleLine.put("fullName", candidate.getFullName());
        singleLine.put("email", candidate.getEmail());
        singleLine.put("phone", candidate.getPhone());
        singleLine.put("organisation", candidate.getOrganisation());
        singleLine.put("languages", candidate.getLanguages());
        singleLine.forEach((field, value) -> {
            if (value != null && !SINGLE_LINE.matcher(value).matches()) {
                problems.add(new FieldProblem(field, "selection.candidate.text.controlCharacters"));
            }
        });
        for (var field : List.of(Map.entry("experience", Objects.toString(candidate.getExperience(), "")),
                Map.entry("motivation", Objects.toString(candidate.getMotivation(), "")))) {
            if (!MULTI_LINE.matcher(field.getValue()).matches()) {
                problems.add(new FieldProblem(field.getKey(), "selection.candidate.text.controlCharacters"));
            }
        }
        if (candidate.getRegionId() != null && !regionExists.test(candidate.getRegionId())) {
            problems.add(new FieldProblem("regionId", "selection.candidate.region.unknown"));
        }
        return problems;
    }

    private static List<FieldProblem> cvProblems(byte[] content) {
        if (content == null || content.length == 0) {
            return List.of(new FieldProblem("cv", "selection.candidate.cv.empty"));
        }
        if (content.length > CV_MAX_BYTES) {
            return List.of(new FieldProblem("cv", "selection.candidate.cv.tooLarge"));
        }
        if (content.length < PDF_SIGNATURE.length
                || !Arrays.equals(content, 0, PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length)) {
            return List.of(new FieldProblem("cv", "selection.candidate.cv.notPdf"));
        }
        return List.of();
    }

    private void storeCv(long candidateId, String fileName, byte[] content, Instant now) {
        String name = safeFileName(fileName);
        var stored = cvs.findById(candidateId);
        if (stored.isPresent()) {
            stored.get().replace(name, content, now);
        } else {
            cvs.save(new CandidateCv(candidateId, name, content, now));
        }
        cvs.flush();
    }

    /** The last part of the name the client sent, without control characters, at most 200 characters. */
    static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.isEmpty()) {
            return "cv.pdf";
        }
        return name.length() > FILE_NAME_MAX ? name.substring(name.length() - FILE_NAME_MAX) : name;
    }

    /**
     * Texts as stored: without surrounding white space, empty ones as null, in Unicode NFC (a Kazakh letter
     * typed as letter + combining mark is one letter), line breaks as {@code \n}, and the address in lower case.
     */
    private static void normalise(Candidate candidate) {
        candidate.setFullName(singleLine(candidate.getFullName()));
        candidate.setEmail(candidate.getEmail() == null ? null
                : Texts.blankToNull(candidate.getEmail().strip().toLowerCase(Locale.ROOT)));
        candidate.setPhone(singleLine(candidate.getPhone()));
        candidate.setOrganisation(singleLine(candidate.getOrganisation()));
        candidate.setLanguages(singleLine(candidate.getLanguages()));
        candidate.setExperience(multiLine(candidate.getExperience()));
        candidate.setMotivation(multiLine(candidate.getMotivation()));
    }

    private static String singleLine(String text) {
        String value = Texts.blankToNull(text);
        return value == null ? null : Normalizer.normalize(value.replaceAll(" {2,}", " "), Normalizer.Form.NFC);
    }

    private static String multiLine(String text) {
        String value = Texts.blankToNull(text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n'));
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** Region codes and names in every language, in lower case, to the region's id. */
    private Map<String, Long> regionLookup() {
        Map<String, Long> ids = new HashMap<>();
        for (Region region : regions.findAll()) {
            ids.put(lookupKey(region.getCode()), region.getId());
            for (Language language : Language.values()) {
                ids.put(lookupKey(region.name(language.locale())), region.getId());
            }
        }
        return ids;
    }

    private static String lookupKey(String text) {
        return Normalizer.normalize(text.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
    }

    /** The names of the fields an edit changes, for the audit log; the values stay out of it. */
    private static String changedFields(Candidate stored, Candidate edited) {
        Map<String, Boolean> changes = new LinkedHashMap<>();
        changes.put("fullName", !Objects.equals(stored.getFullName(), edited.getFullName()));
        changes.put("email", !Objects.equals(stored.getEmail(), edited.getEmail()));
        changes.put("phone", !Objects.equals(stored.getPhone(), edited.getPhone()));
        changes.put("organisation", !Objects.equals(stored.getOrganisation(), edited.getOrganisation()));
        changes.put("regionId", !Objects.equals(stored.getRegionId(), edited.getRegionId()));
        changes.put("languages", !Objects.equals(stored.getLanguages(), edited.getLanguages()));
        changes.put("experience", !Objects.equals(stored.getExperience(), edited.getExperience()));
        changes.put("motivation", !Objects.equals(stored.getMotivation(), edited.getMotivation()));
        changes.put("language", stored.getLanguage() != edited.getLanguage());
        changes.put("shareContacts", stored.isShareContacts() != edited.isShareContacts());
        return changes.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
    }

    private void limit(String limit, String key) {
        if (!rateLimiter.tryAcquire(limit, key)) {
            throw new RateLimitedException(rateLimiter.retryAfter(limit, key));
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
