package org.npmportal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.npmportal.bench.BenchResults.Metric;
import org.npmportal.registration.ParticipantFilter;
import org.npmportal.registration.ParticipantService;
import org.npmportal.registration.RegistrationStatus;
import org.npmportal.selection.CandidateFilter;
import org.npmportal.selection.CandidateService;
import org.npmportal.selection.CandidateStatus;
import org.npmportal.seminar.SeminarFilter;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.SeminarStatus;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an organiser waits for when a lazy grid shows one page on a portal of national size ({@link ListsData}:
 * 10,000 seminars, 200,000 registrations, 5,000 candidates): the count and one page of 50 rows, as the grid
 * asks for them, through the same application services, sorted and filtered in every way the screens allow.
 * Each sample picks a filter, a sort and a page at random (half of them the first page, as when a grid opens or
 * a filter changes); the figure is the 95th percentile of the samples after a warm-up.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsBench {

    private static final int PAGE_SIZE = 50;
    private static final int WARM_UP_SAMPLES = 300;
    private static final int MEASURED_SAMPLES = 1_000;
    private static final double TARGET_MS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchDatabase.register(registry);
    }

    @Autowired
    SeminarService seminars;
    @Autowired
    ParticipantService participants;
    @Autowired
    CandidateService candidates;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    private ListsData.Written data;
    private final SplittableRandom random = new SplittableRandom(20261130);

    @BeforeAll
    void write() {
        long start = System.nanoTime();
        data = new ListsData(jdbc, new SplittableRandom(8), Instant.now()).write();
        System.out.printf("ListsBench: data written in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    @BeforeEach
    void signIn() {
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("organiser", null,
                AuthorityUtils.createAuthorityList("ROLE_ORGANISER"))));
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    @Test
    void a_page_of_the_seminar_list() {
        var filters = seminarFilters();
        var sorts = List.of(Sort.by(Sort.Direction.DESC, "startsAt"), Sort.by("startsAt"), Sort.by("title"),
                Sort.by(Sort.Direction.DESC, "title"), Sort.by("city"), Sort.by("status"),
                Sort.by(Sort.Direction.DESC, "capacity"), Sort.by(Sort.Direction.DESC, "waitlistLength"));
        measure("seminar_list.page_p95_ms", "SeminarService.count + SeminarService.list (the /seminars grid)",
                filters, sorts, seminars::count, (filter, page) -> seminars.list(filter, page).getNumberOfElements(),
                filters.size() + " filters of status, city, region, partner, dates and text, alone and combined");
    }

    @Test
    void a_page_of_a_popular_seminars_participants() {
        var filters = new ArrayList<ParticipantQuery>();
        for (long seminar : data.popularSeminars()) {
            participantFilters().forEach(filter -> filters.add(new ParticipantQuery(seminar, filter)));
        }
        var sorts = List.of(Sort.unsorted(), Sort.by("fullName"), Sort.by(Sort.Direction.DESC, "fullName"),
                Sort.by("status"), Sort.by(Sort.Direction.DESC, "status"), Sort.by(Sort.Direction.DESC, "createdAt"));
        long largest = data.popularSeminars().stream().mapToLong(seminar -> count(seminar)).max().orElse(0);
        measure("registration_list.page_p95_ms",
                "ParticipantService.count + ParticipantService.list (the /seminars/{id}/participants grid)", filters,
                sorts, query -> participants.count(query.seminar(), query.filter()),
                (query, page) -> participants.list(query.seminar(), query.filter(), page).size(),
                data.popularSeminars().size() + " popular seminars (up to " + largest + " registrations each) × "
                        + participantFilters().size() + " filters of status, text and region");
    }

    @Test
    void a_page_of_the_candidate_list() {
        var filters = candidateFilters();
        var sorts = List.of(Sort.by("code"), Sort.by(Sort.Direction.DESC, "code"), Sort.by("fullName"),
                Sort.by("status"), Sort.by(Sort.Direction.DESC, "createdAt"));
        measure("candidate_list.page_p95_ms", "CandidateService.count + CandidateService.page (the candidates grid)",
                filters, sorts, filter -> candidates.count(data.round(), filter),
                (filter, page) -> candidates.page(data.round(), filter, page).size(),
                ListsData.CANDIDATES + " candidates in one round, " + filters.size()
                        + " filters of status, text and region");
    }

    private long count(long seminar) {
        return participants.count(seminar, ParticipantFilter.all());
    }

    private record ParticipantQuery(long seminar, ParticipantFilter filter) {
    }

    @FunctionalInterface
    private interface PageReader<F> {
        int rows(F filter, Pageable page);
    }

    /** Warms up, then times count + page for random filter, sort and page; records the 95th percentile. */
    private <F> void measure(String metric, String what, List<F> filters, List<Sort> sorts, ToLongFunction<F> counter,
            PageReader<F> reader, String variety) {
        Map<F, Long> counts = new HashMap<>();
        filters.forEach(filter -> counts.put(filter, counter.applyAsLong(filter)));
        long[] cpu = new long[MEASURED_SAMPLES];
        String[] described = new String[MEASURED_SAMPLES];
        int[] cpuIndex = {0};
        Function<Boolean, Long> sample = measured -> {
            F filter = filters.get(random.nextInt(filters.size()));
            Sort sort = sorts.get(random.nextInt(sorts.size()));
            int pages = (int) Math.max(1, (counts.get(filter) + PAGE_SIZE - 1) / PAGE_SIZE);
            int roll = random.nextInt(4);
            int page = roll < 2 ? 0 : roll == 2 ? random.nextInt(Math.min(pages, 4)) : random.nextInt(pages);
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long count = counter.applyAsLong(filter);
            int rows = reader.rows(filter, PageRequest.of(page, PAGE_SIZE, sort));
            long nanos = System.nanoTime() - start;
            if (measured) {
                described[cpuIndex[0]] = String.format(Locale.ROOT, "%.1f ms: page %d of %s sorted %s", nanos / 1e6,
                        page, filter, sort);
                cpu[cpuIndex[0]++] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            }
            long expected = Math.max(0, Math.min(PAGE_SIZE, count - (long) page * PAGE_SIZE));
            if (count != counts.get(filter) || rows != expected) {
                throw new IllegalStateException(metric + ": page " + page + " of " + filter + " sorted " + sort
                        + " had " + rows + " rows of " + count + ", expected " + expected + " of "
                        + counts.get(filter));
            }
            return nanos;
        };
        for (int i = 0; i < WARM_UP_SAMPLES; i++) {
            sample.apply(false);
        }
        long[] nanos = new long[MEASURED_SAMPLES];
        for (int i = 0; i < MEASURED_SAMPLES; i++) {
            nanos[i] = sample.apply(true);
        }
        double p95 = BenchResults.percentile(nanos, 95) / 1e6;
        // The CPU time of this thread says, on a busy machine, what the work itself costs (on H2, which runs
        // in this thread; a server database's work is not in it).
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms; this thread's CPU p50 %.1f ms, p95 %.1f ms%n",
                metric, BenchResults.percentile(nanos, 50) / 1e6, p95, Arrays.stream(nanos).max().orElse(0) / 1e6,
                BenchResults.percentile(cpu, 50) / 1e6, BenchResults.percentile(cpu, 95) / 1e6);
        // Where to look when the figure is high: the slowest samples and what they asked for.
        IntStream.range(0, MEASURED_SAMPLES).boxed().sorted(Comparator.comparingLong(i -> -nanos[i])).limit(8)
                .forEach(i -> System.out.println("  slow: " + described[i]));
        BenchResults.record(new Metric(metric, p95, "ms", TARGET_MS, BenchDatabase.kind(),
                "95th percentile of " + MEASURED_SAMPLES + " samples (after " + WARM_UP_SAMPLES + " warm-ups) of "
                        + what + ", one page of " + PAGE_SIZE + " rows plus its count; " + variety + "; "
                        + sorts.size() + " sort orders; half the samples on the first page, the rest on any page"));
    }

    private List<SeminarFilter> seminarFilters() {
        var filters = new ArrayList<SeminarFilter>();
        var open = Set.of(SeminarStatus.PUBLISHED, SeminarStatus.REGISTRATION_CLOSED);
        var completed = Set.of(SeminarStatus.COMPLETED);
        LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
        filters.add(SeminarFilter.all());
        filters.add(new SeminarFilter(open, null, null, null, null, null, null));
        filters.add(new SeminarFilter(completed, null, null, null, null, null, null));
        filters.add(new SeminarFilter(Set.of(SeminarStatus.DRAFT), null, null, null, null, null, null));
        filters.add(new SeminarFilter(Set.of(), null, null, null, today, null, null));
        filters.add(new SeminarFilter(open, null, null, null, today, null, null));
        for (int i = 0; i < 6; i++) {
            String city = data.cities().get(random.nextInt(data.cities().size()));
            long region = data.regions().get(random.nextInt(data.regions().size()));
            long partner = data.partners().get(random.nextInt(data.partners().size()));
            LocalDate from = today.minusDays(random.nextInt(4 * 365));
            filters.add(new SeminarFilter(Set.of(), i % 2 == 0 ? city : city.toLowerCase(), null, null, null, null,
                    null));
            filters.add(new SeminarFilter(Set.of(), null, region, null, null, null, null));
            filters.add(new SeminarFilter(Set.of(), null, null, partner, null, null, null));
            filters.add(new SeminarFilter(Set.of(), null, null, null, from, from.plusMonths(3), null));
            filters.add(new SeminarFilter(completed, null, region, null, from, from.plusYears(1), null));
            filters.add(new SeminarFilter(open, city, null, partner, null, null, null));
        }
        for (String text : List.of("monitor", "torture", "Istanbul", "пыток", "workshop 12", "round table")) {
            filters.add(new SeminarFilter(Set.of(), null, null, null, null, null, text));
            filters.add(new SeminarFilter(completed, null, null, null, null, null, text));
        }
        return filters;
    }

    private static List<ParticipantFilter> participantFilters() {
        var filters = new ArrayList<ParticipantFilter>();
        filters.add(ParticipantFilter.all());
        filters.add(new ParticipantFilter(Set.of(RegistrationStatus.CONFIRMED), null, null));
        filters.add(new ParticipantFilter(Set.of(RegistrationStatus.WAITLISTED), null, null));
        filters.add(new ParticipantFilter(RegistrationStatus.ACTIVE, null, null));
        filters.add(new ParticipantFilter(Set.of(RegistrationStatus.CANCELLED, RegistrationStatus.EXPIRED,
                RegistrationStatus.REJECTED), null, null));
        filters.add(new ParticipantFilter(Set.of(RegistrationStatus.AWAITING_APPROVAL), null, null));
        for (String text : List.of("ova", "Ким", "kadir", "p12", "@example")) {
            filters.add(new ParticipantFilter(Set.of(), text, null));
        }
        filters.add(new ParticipantFilter(Set.of(RegistrationStatus.CONFIRMED), "Aigerim", null));
        for (long region = 1; region <= 20; region += 4) {
            filters.add(new ParticipantFilter(Set.of(), null, region));
            filters.add(new ParticipantFilter(Set.of(RegistrationStatus.WAITLISTED), null, region));
        }
        return filters;
    }

    private List<CandidateFilter> candidateFilters() {
        var filters = new ArrayList<CandidateFilter>();
        filters.add(CandidateFilter.all());
        filters.add(new CandidateFilter(Set.of(CandidateStatus.ACTIVE), null, null));
        filters.add(new CandidateFilter(Set.of(CandidateStatus.UNCONFIRMED), null, null));
        filters.add(new CandidateFilter(Set.of(CandidateStatus.WITHDRAWN), null, null));
        for (String text : List.of("C-12", "ova", "Нурлан", "dignity", "c4")) {
            filters.add(new CandidateFilter(Set.of(), text, null));
        }
        for (int i = 0; i < 5; i++) {
            long region = data.regions().get(random.nextInt(data.regions().size()));
            filters.add(new CandidateFilter(Set.of(), null, region));
            filters.add(new CandidateFilter(Set.of(CandidateStatus.ACTIVE), null, region));
        }
        return filters;
    }
}
