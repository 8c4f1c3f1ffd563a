package org.npmportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npmportal.security.AccessMatrixTest.Who.ADMIN;
import static org.npmportal.security.AccessMatrixTest.Who.ANONYMOUS;
import static org.npmportal.security.AccessMatrixTest.Who.CANDIDATE_LINK;
import static org.npmportal.security.AccessMatrixTest.Who.COMMISSION;
import static org.npmportal.security.AccessMatrixTest.Who.FINANCE;
import static org.npmportal.security.AccessMatrixTest.Who.ORGANISER;
import static org.npmportal.security.AccessMatrixTest.Who.PARTICIPANT_LINK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.LinkTokens;
import org.npmportal.base.i18n.Language;
import org.npmportal.selection.Applicants;
import org.npmportal.selection.CandidateService;
import org.npmportal.selection.SelectionService;
import org.npmportal.selection.TestRounds;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.api.TestSeminars;
import org.npmportal.support.PortalTest;
import org.npmportal.support.SentToBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may open what: every Vaadin route (from Vaadin's route registry) and every web endpoint (from Spring
 * MVC's handler mappings, {@code /api/**} included) against everyone who can come to the portal: an
 * anonymous visitor, a participant holding the links of their registration, a candidate holding the link
 * of their application, and each staff role. A route or endpoint missing from the tables below fails the
 * test until a line says who may use it.
 *
 * <p>Views are opened browserless as each person; a view counts as opened when it is the one shown (not
 * the sign-in page or "not found") and, for a page behind a link, when it shows the link holder's own
 * name. Endpoints are called through the real security filter chain (MockMvc with Spring Security); one
 * counts as allowed when it answers 2xx. Link holders use their own tokens; everyone else uses a token
 * nobody was given, and whatever is denied must show no link holder's name.
 */
@PortalTest
class AccessMatrixTest extends SpringBrowserlessTest {

    enum Who { ANONYMOUS, PARTICIPANT_LINK, CANDIDATE_LINK, ORGANISER, COMMISSION, FINANCE, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> VISITORS = EnumSet.of(ANONYMOUS, PARTICIPANT_LINK, CANDIDATE_LINK);
    private static final Set<Who> STAFF = EnumSet.of(ORGANISER, COMMISSION, FINANCE, ADMIN);
    private static final Set<Who> ORGANISERS = EnumSet.of(ORGANISER, ADMIN);
    private static final Set<Who> ROSTER_READERS = EnumSet.of(ORGANISER, COMMISSION, ADMIN);
    private static final Set<Who> FUNDING_READERS = EnumSet.of(ORGANISER, FINANCE, ADMIN);

    /** Placeholders in sample addresses, filled in per person; see {@link #address}. */
    private static final String TOKEN = "{token}";
    private static final String SEMINAR = "{seminar}";
    private static final String ROUND = "{round}";
    private static final String OPEN_ROUND = "{openRound}";

    /**
     * Every Vaadin route: its template, the address to open when it has parameters, and who may open it. One line
     * per route: a new view needs a line such as {@code row("admin/audit", EnumSet.of(ADMIN))}.
     */
    static final List<Row> VIEWS = List.of(
            row("login", VISITORS),
            row("catalogue", EVERYONE),
            row("catalogue/:id", "catalogue/" + SEMINAR, EVERYONE),
            row("catalogue/:id/register", "catalogue/" + SEMINAR + "/register", EVERYONE),
            row("catalogue/:id/participants", "catalogue/" + SEMINAR + "/participants", EVERYONE),
            row("invitation/:token", "invitation/" + TOKEN, EnumSet.of(PARTICIPANT_LINK)),
            row("registration/confirm/:token", "registration/confirm/" + TOKEN, EnumSet.of(PARTICIPANT_LINK)),
            row("registration/claim/:token", "registration/claim/" + TOKEN, EnumSet.of(PARTICIPANT_LINK)),
            row("registration/:token", "registration/" + TOKEN, EnumSet.of(PARTICIPANT_LINK)),
            row("apply/:roundId", "apply/" + OPEN_ROUND, EVERYONE),
            row("apply/confirm/:token", "apply/confirm/" + TOKEN, EnumSet.of(CANDIDATE_LINK)),
            row("", STAFF),
            row("account", STAFF),
            row("admin/users", EnumSet.of(ADMIN)),
            row("admin/mail", EnumSet.of(ADMIN)),
            row("admin/audit", EnumSet.of(ADMIN)),
            row("admin/people", EnumSet.of(ADMIN)),
            row("organisations", FUNDING_READERS),
            row("seminars", ORGANISERS),
            row("seminars/calendar", ORGANISERS),
            row("seminars/:seminarId(new|[0-9]{1,18})", "seminars/new", ORGANISERS),
            row("seminars/:seminarId([0-9]{1,18})/participants", "seminars/1/participants", ORGANISERS),
            row("seminars/:seminarId([0-9]{1,18})/check-in", "seminars/1/check-in", ORGANISERS),
            row("selection", ROSTER_READERS),
            row("selection/:roundId(new|[0-9]{1,18})", "selection/new", ORGANISERS),
            row("selection/:roundId([0-9]{1,18})/rate", "selection/" + ROUND + "/rate", EnumSet.of(COMMISSION)),
            row("selection/:roundId([0-9]{1,18})/candidates", "selection/" + ROUND + "/candidates", ORGANISERS),
            row("selection/:roundId([0-9]{1,18})/results", "selection/" + ROUND + "/results", ROSTER_READERS),
            row("rosters", ROSTER_READERS),
            row("rosters/:rosterId([0-9]{1,18})", "rosters/1", ROSTER_READERS),
            row("rosters/:rosterId([0-9]{1,18})/visits", "rosters/1/visits", ROSTER_READERS),
            row("rosters/members/:memberId([0-9]{1,18})", "rosters/members/1", ROSTER_READERS),
            row("facilities", ROSTER_READERS),
            row("funding", FUNDING_READERS),
            row("funding/:grantId([0-9]{1,18})", "funding/1", FUNDING_READERS),
            row("funding/seminars", FUNDING_READERS));

    /** Every web endpoint: method and pattern, an address to call, and who may call it. One line each. */
    static final List<Row> ENDPOINTS = List.of(
            row("GET /api/seminars", "/api/seminars", EVERYONE),
            row("GET /api/seminars/{id}", "/api/seminars/" + SEMINAR, EVERYONE),
            row("GET /api/seminars.ics", "/api/seminars.ics", EVERYONE),
            row("GET /api/seminars/{id}.ics", "/api/seminars/" + SEMINAR + ".ics", EVERYONE),
            row("POST /api/seminars/{id}/registrations", "/api/seminars/" + SEMINAR + "/registrations", EVERYONE),
            row("POST /api/registrations/confirmations", "/api/registrations/confirmations",
                    EnumSet.of(PARTICIPANT_LINK)),
            row("GET /api/registrations/{token}/certificate.pdf", "/api/registrations/" + TOKEN + "/certificate.pdf",
                    EnumSet.of(PARTICIPANT_LINK)),
            // Spring Boot's error page: the container forwards errors there; asked for directly it gives nothing.
            row("* /error", "/error", EnumSet.noneOf(Who.class)));

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserDetailsService users;
    @Autowired
    SeminarService seminars;
    @Autowired
    SelectionService rounds;
    @Autowired
    CandidateService candidates;

    private static Holders holders;

    private MockMvc mvc;

    record Row(String pattern, String sample, Set<Who> allowed) {
    }

    /** A route without parameters, opened at its own address. */
    private static Row row(String route, Set<Who> allowed) {
        return row(route, route, allowed);
    }

    private static Row row(String pattern, String sample, Set<Who> allowed) {
        return new Row(pattern, sample, Set.copyOf(allowed));
    }

    /** The people who hold links, and the places the sample addresses point to; made once for the class. */
    private record Holders(long seminar, long round, long openRound, String participantName,
            Map<String, String> participantTokens, String candidateName, String candidateToken) {

        /** The token this person uses on a route with a token in it. */
        String token(Who who, String route) {
            return switch (who) {
                case PARTICIPANT_LINK -> participantTokens.getOrDefault(route, participantTokens.get("registration/:token"));
                case CANDIDATE_LINK -> candidateToken;
                default -> LinkTokens.newToken();
            };
        }

        String name(Who who) {
            return switch (who) {
                case PARTICIPANT_LINK -> participantName;
                case CANDIDATE_LINK -> candidateName;
                default -> null;
            };
        }
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        if (holders == null) {
            holders = makeHolders();
        }
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_opens_only_the_public_pages_and_endpoints() throws Exception {
        assertAccess(ANONYMOUS);
    }

    @Test
    @WithAnonymousUser
    void a_participant_s_links_open_their_own_registration_and_certificate_and_nothing_of_staff() throws Exception {
        assertAccess(PARTICIPANT_LINK);
    }

    @Test
    @WithAnonymousUser
    void a_candidate_s_link_opens_their_own_application_and_nothing_else() throws Exception {
        assertAccess(CANDIDATE_LINK);
    }

    @Test
    @WithUserDetails("organiser")
    void an_organiser_opens_exactly_the_organiser_views() throws Exception {
        assertAccess(ORGANISER);
    }

    @Test
    @WithUserDetails("commission1")
    void a_commission_member_opens_exactly_the_commission_views() throws Exception {
        assertAccess(COMMISSION);
    }

    @Test
    @WithUserDetails("finance")
    void a_finance_user_opens_exactly_the_finance_views() throws Exception {
        assertAccess(FINANCE);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_opens_exactly_the_admin_views() throws Exception {
        assertAccess(ADMIN);
    }

    @Test
    void the_tables_name_every_route_and_every_endpoint_and_nothing_else() {
        assertThat(routeTemplates()).as("Vaadin routes; add a line to VIEWS for a new one")
                .containsExactlyInAnyOrderElementsOf(VIEWS.stream().map(Row::pattern).toList());
        assertThat(endpoints()).as("web endpoints; add a line to ENDPOINTS for a new one")
                .containsExactlyInAnyOrderElementsOf(ENDPOINTS.stream().map(Row::pattern).toList());
    }

    /**
     * A participant's link of one purpose opens no page made for another, and such a page looks exactly like
     * the one for a token nobody was given: it tells nothing about whether the token exists.
     */
    @Test
    @WithAnonymousUser
    void a_link_of_one_purpose_opens_no_page_of_another_and_looks_like_an_unknown_link() {
        for (var route : holders.participantTokens().keySet()) {
            String unknown = shownAt(route.replace(":token", LinkTokens.newToken()));
            for (var token : holders.participantTokens().entrySet()) {
                if (token.getKey().equals(route)) {
                    continue;
                }
                String shown = shownAt(route.replace(":token", token.getValue()));
                assertThat(shown).as("%s with the token of %s", route, token.getKey())
                        .doesNotContain(holders.participantName()).isEqualTo(unknown);
            }
            String withCandidateToken = shownAt(route.replace(":token", holders.candidateToken()));
            assertThat(withCandidateToken).as("%s with a candidate's token", route).isEqualTo(unknown);
        }
        String unknownApplication = shownAt("apply/confirm/" + LinkTokens.newToken());
        for (var token : holders.participantTokens().values()) {
            assertThat(shownAt("apply/confirm/" + token)).isEqualTo(unknownApplication);
        }
    }

    private void assertAccess(Who who) throws Exception {
        assertThat(outcomes(VIEWS, row -> opens(who, row))).as("views %s opens", who)
                .isEqualTo(expected(VIEWS, who));
        assertThat(outcomes(ENDPOINTS, row -> calls(who, row))).as("endpoints %s may call", who)
                .isEqualTo(expected(ENDPOINTS, who));
    }

    private interface Attempt {
        boolean allowed(Row row) throws Exception;
    }

    private static Map<String, Boolean> outcomes(List<Row> rows, Attempt attempt) throws Exception {
        Map<String, Boolean> outcomes = new TreeMap<>();
        for (Row row : rows) {
            outcomes.put(row.pattern(), attempt.allowed(row));
        }
        return outcomes;
    }

    private static Map<String, Boolean> expected(List<Row> rows, Who who) {
        Map<String, Boolean> expected = new TreeMap<>();
        rows.forEach(row -> expected.put(row.pattern(), row.allowed().contains(who)));
        return expected;
    }

    private boolean opens(Who who, Row row) {
        UI.getCurrent().navigate(address(who, row));
        var view = getCurrentView();
        Class<?> target = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getTemplate().equals(row.pattern()))
                .map(RouteData::getNavigationTarget).findFirst().orElseThrow();
        boolean shown = target.isInstance(view);
        String text = SentToBrowser.elements();
        if (!row.sample().contains(TOKEN)) {
            return shown;
        }
        boolean ownName = holders.name(who) != null && text.contains(holders.name(who));
        if (!(shown && ownName)) {
            assertThat(text).as("%s denied at %s shows no link holder", who, row.pattern())
                    .doesNotContain(holders.participantName()).doesNotContain(holders.candidateName());
        }
        return shown && ownName;
    }

    private boolean calls(Who who, Row row) throws Exception {
        String path = address(who, row);
        String method = row.pattern().substring(0, row.pattern().indexOf(' '));
        MockHttpServletRequestBuilder request = "POST".equals(method)
                ? MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(path.endsWith("/confirmations")
                                ? "{\"token\": \"%s\"}".formatted(holders.token(who, "registration/confirm/:token"))
                                : registrationJson())
                : MockMvcRequestBuilders.get(path);
        request.with(servlet -> {
            servlet.setRemoteAddr(Applicants.address());
            return servlet;
        });
        request.with(STAFF.contains(who) ? user(users.loadUserByUsername(username(who))) : anonymous());
        var response = mvc.perform(request).andReturn().getResponse();
        boolean allowed = response.getStatus() >= 200 && response.getStatus() < 300;
        if (!allowed) {
            assertThat(response.getContentAsString()).as("%s denied at %s", who, row.pattern())
                    .doesNotContain(holders.participantName()).doesNotContain(holders.candidateName());
        }
        return allowed;
    }

    private String address(Who who, Row row) {
        return row.sample()
                .replace(TOKEN, holders.token(who, row.pattern()))
                .replace(OPEN_ROUND, String.valueOf(holders.openRound()))
                .replace(ROUND, String.valueOf(holders.round()))
                .replace(SEMINAR, String.valueOf(holders.seminar()));
    }

    private static String username(Who who) {
        return switch (who) {
            case ORGANISER -> "organiser";
            case COMMISSION -> "commission1";
            case FINANCE -> "finance";
            case ADMIN -> "admin";
            default -> throw new IllegalArgumentException(who + " has no account");
        };
    }

    private static String registrationJson() {
        return """
                {"fullName": "Matrix Visitor", "email": "%s@matrix.example.kz", "organisation": "NGO",
                 "position": "Monitor", "region": "KARAGANDA", "language": "kk", "consentProcessing": true,
                 "consentListing": false}""".formatted(LinkTokens.newToken()
                .toLowerCase().replaceAll("[^a-z0-9]", ""));
    }

    private String shownAt(String address) {
        UI.getCurrent().navigate(address);
        return SentToBrowser.elements();
    }

    private static Set<String> routeTemplates() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** "METHOD pattern" for every MVC mapping; "*" when a mapping takes any method. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (var mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                var info = entry.getKey();
                var methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("* " + pattern);
                    }
                    methods.forEach(method -> endpoints.add(method + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    private Holders makeHolders() {
        var applicants = new Applicants(jdbc, security, users);
        long seminar = applicants.as("organiser",
                () -> TestSeminars.publish(seminars, TestSeminars.draft("Access matrix seminar", 40)));
        long round = jdbc.queryForObject("select id from selection_round where title = 'NPM monitors 2014'",
                Long.class);
        long openRound = applicants.as("organiser", () -> TestRounds.open(rounds, "Access matrix round"));

        var attended = jdbc.queryForMap("select id, full_name, email from registration "
                + "where certificate_number is not null order by id fetch first 1 rows only");
        long registration = ((Number) attended.get("id")).longValue();
        String participantName = (String) attended.get("full_name");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("registration/:token", registrationToken(registration, "MANAGE"));
        tokens.put("registration/confirm/:token", registrationToken(registration, "CONFIRM"));
        tokens.put("registration/claim/:token", registrationToken(registration, "CLAIM"));
        tokens.put("invitation/:token", invitation(seminar, (String) attended.get("email"), participantName));

        String candidateName = "Ақмарал Матрицақызы";
        String email = applicants.email("matrix");
        candidates.apply(openRound, applicants.request(candidateName, email), null, Applicants.address());
        return new Holders(seminar, round, openRound, participantName, Map.copyOf(tokens), candidateName,
                applicants.confirmToken(email));
    }

    /** A link to the registration as the portal stores one: only the token's hash. */
    private String registrationToken(long registration, String purpose) {
        String token = LinkTokens.newToken();
        Instant now = Instant.now();
        jdbc.update("insert into registration_token (registration_id, purpose, token_hash, created_at, expires_at) "
                + "values (?, ?, ?, ?, ?)", registration, purpose, LinkTokens.hash(token), Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofDays(30))));
        return token;
    }

    private String invitation(long seminar, String email, String fullName) {
        String token = LinkTokens.newToken();
        Instant now = Instant.now();
        jdbc.update("insert into invitation (seminar_id, email, full_name, language, token_hash, created_at, "
                + "created_by, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)", seminar, email, fullName,
                Language.RU.name(), LinkTokens.hash(token), Timestamp.from(now), "organiser",
                Timestamp.from(now.plus(Duration.ofDays(14))));
        return token;
    }
}
