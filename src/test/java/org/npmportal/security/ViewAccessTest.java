package org.npmportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.npmportal.security.ui.LoginView;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Each demo role opens exactly its views and sees exactly those in the menu; anonymous users are sent
 * to sign in from every staff view. The routes come from Vaadin's registry, so a new view is covered
 * without editing this test (it fails until the expected table says who may open it).
 */
@PortalTest
class ViewAccessTest extends SpringBrowserlessTest {

    private static final Set<String> PUBLIC = Set.of("login", "catalogue", "catalogue/:id",
            "catalogue/:id/register", "catalogue/:id/participants", "invitation/:token",
            "registration/confirm/:token", "registration/claim/:token", "registration/:token",
            "apply/:roundId", "apply/confirm/:token");

    /** Stands for the id of an existing selection round in sample addresses; see {@link #aRound()}. */
    private static final String ROUND = "{round}";

    /** An address to open for each route template with parameters. */
    private static final Map<String, String> SAMPLE_ADDRESSES = Map.ofEntries(
            Map.entry("seminars/:seminarId(new|[0-9]{1,18})", "seminars/new"),
            Map.entry("seminars/:seminarId([0-9]{1,18})/participants", "seminars/1/participants"),
            Map.entry("seminars/:seminarId([0-9]{1,18})/check-in", "seminars/1/check-in"),
            Map.entry("selection/:roundId(new|[0-9]{1,18})", "selection/new"),
            Map.entry("selection/:roundId([0-9]{1,18})/rate", "selection/" + ROUND + "/rate"),
            Map.entry("selection/:roundId([0-9]{1,18})/candidates", "selection/" + ROUND + "/candidates"),
            Map.entry("selection/:roundId([0-9]{1,18})/results", "selection/" + ROUND + "/results"),
            Map.entry("rosters/:rosterId([0-9]{1,18})", "rosters/1"),
            Map.entry("rosters/:rosterId([0-9]{1,18})/visits", "rosters/1/visits"),
            Map.entry("rosters/members/:memberId([0-9]{1,18})", "rosters/members/1"),
            Map.entry("funding/:grantId([0-9]{1,18})", "funding/1"));

    /** Routes reached by links from other views rather than from the menu. */
    private static final Set<String> NOT_IN_MENU = Set.of("seminars/new", "seminars/calendar",
            "seminars/1/participants", "seminars/1/check-in", "selection/new", "selection/" + ROUND + "/rate",
            "selection/" + ROUND + "/candidates", "selection/" + ROUND + "/results", "rosters/1", "rosters/1/visits",
            "rosters/members/1", "funding/1", "funding/seminars");

    /** The roster views, which organisers and administrators use and commission members read. */
    private static final Set<String> ROSTERS = Set.of("rosters", "rosters/1", "rosters/1/visits",
            "rosters/members/1", "facilities");

    /** The funding views, which finance staff and administrators use and organisers read. */
    private static final Set<String> FUNDING = Set.of("funding", "funding/1", "funding/seminars");

    /** Which staff routes each demo login may open. */
    private static final Map<String, Set<String>> EXPECTED = Map.of(
            "admin", with(union(ROSTERS, FUNDING), "", "account", "admin/users", "admin/mail", "admin/audit",
                    "admin/people", "organisations", "seminars",
                    "seminars/calendar", "seminars/new", "seminars/1/participants", "seminars/1/check-in",
                    "selection", "selection/new", "selection/" + ROUND + "/candidates",
                    "selection/" + ROUND + "/results"),
            "organiser", with(union(ROSTERS, FUNDING), "", "account", "organisations", "seminars", "seminars/calendar", "seminars/new",
                    "seminars/1/participants", "seminars/1/check-in", "selection", "selection/new",
                    "selection/" + ROUND + "/candidates", "selection/" + ROUND + "/results"),
            "commission1", with(ROSTERS, "", "account", "selection", "selection/" + ROUND + "/rate",
                    "selection/" + ROUND + "/results"),
            "finance", with(FUNDING, "", "account", "organisations"));

    @Autowired
    JdbcTemplate jdbc;

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> with(Set<String> group, String... routes) {
        Set<String> all = new TreeSet<>(group);
        all.addAll(Set.of(routes));
        return Set.copyOf(all);
    }

    @Test
    @WithAnonymousUser
    void anonymous_users_are_sent_to_sign_in_from_every_staff_view() {
        for (String route : staffRoutes()) {
            UI.getCurrent().navigate(address(route));
            assertThat(getCurrentView()).as("anonymous at /%s", route).isInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithAnonymousUser
    void the_sign_in_page_is_public() {
        navigate(LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_opens_the_dashboard_users_and_account_and_sees_them_in_the_menu() {
        assertOpensExactlyItsViews("admin");
    }

    @Test
    @WithUserDetails("organiser")
    void an_organiser_opens_only_the_organiser_views() {
        assertOpensExactlyItsViews("organiser");
    }

    @Test
    @WithUserDetails("commission1")
    void a_commission_member_opens_only_the_commission_views() {
        assertOpensExactlyItsViews("commission1");
    }

    @Test
    @WithUserDetails("finance")
    void a_finance_user_opens_only_the_finance_views() {
        assertOpensExactlyItsViews("finance");
    }

    /** The rating screen is the commission's alone, so no single role opens every route. */
    @Test
    void the_expected_table_covers_every_registered_route() {
        Set<String> covered = EXPECTED.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertThat(staffRoutes()).containsExactlyInAnyOrderElementsOf(covered);
    }

    /** The sample address with a real round in it, so that views about a round find one. */
    private String address(String sample) {
        return sample.contains(ROUND) ? sample.replace(ROUND, String.valueOf(aRound())) : sample;
    }

    /** The demo's published 2014 round, on whose commission the demo commission members sit. */
    private long aRound() {
        return jdbc.queryForObject("select id from selection_round where title = 'NPM monitors 2014'", Long.class);
    }

    private java.util.List<String> staffRoutes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .filter(route -> !PUBLIC.contains(route))
                .map(route -> {
                    assertThat(route.contains(":") && !SAMPLE_ADDRESSES.containsKey(route))
                            .as("route %s has parameters but no sample address in this test", route).isFalse();
                    return SAMPLE_ADDRESSES.getOrDefault(route, route);
                })
                .sorted()
                .toList();
    }

    private void assertOpensExactlyItsViews(String username) {
        Set<String> opened = new TreeSet<>();
        for (String route : staffRoutes()) {
            UI.getCurrent().navigate(address(route));
            var view = getCurrentView();
            if (!(view instanceof LoginView) && !view.getClass().getSimpleName().equals("NotFoundView")) {
                opened.add(route);
            }
        }
        assertThat(opened).as("views %s can open", username).isEqualTo(EXPECTED.get(username));

        UI.getCurrent().navigate("");
        Set<String> menu = find(SideNavItem.class).all().stream()
                .map(SideNavItem::getPath)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expectedMenu = new TreeSet<>(EXPECTED.get(username));
        expectedMenu.removeAll(NOT_IN_MENU);
        assertThat(menu).as("menu of %s", username).isEqualTo(expectedMenu);
    }
}
