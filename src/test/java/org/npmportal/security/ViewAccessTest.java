package org.npmportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.npmportal.security.ui.LoginView;
import org.npmportal.support.PortalTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Each demo role opens exactly its views and sees exactly those in the menu; anonymous users are sent
 * to sign in from every staff view. The routes come from Vaadin's registry, so a new view is covered
 * without editing this test (it fails until the expected table says who may open it).
 */
@PortalTest
class ViewAccessTest extends SpringBrowserlessTest {

    private static final Set<String> PUBLIC = Set.of("login");

    /** Which staff routes each demo login may open. */
    private static final Map<String, Set<String>> EXPECTED = Map.of(
            "admin", Set.of("", "account", "admin/users"),
            "organiser", Set.of("", "account"),
            "commission1", Set.of("", "account"),
            "finance", Set.of("", "account"));

    @Test
    @WithAnonymousUser
    void anonymous_users_are_sent_to_sign_in_from_every_staff_view() {
        for (String route : staffRoutes()) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView()).as("anonymous at /%s", route).isInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithAnonymousUser
    void the_sign_in_page_is_public() {
        navigate(LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "organiser", "commission1", "finance"})
    void each_role_opens_only_its_views(String username) {
        withUser(username, () -> {
            Set<String> opened = new TreeSet<>();
            for (String route : staffRoutes()) {
                UI.getCurrent().navigate(route);
                var view = getCurrentView();
                if (view.getClass().getPackageName().startsWith("org.npmportal")
                        && !view.getClass().getSimpleName().equals("NotFoundView")
                        && !(view instanceof LoginView)) {
                    opened.add(route);
                }
            }
            assertThat(opened).as("views %s can open", username).isEqualTo(EXPECTED.get(username));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "organiser", "commission1", "finance"})
    void the_menu_lists_exactly_the_views_a_role_may_open(String username) {
        withUser(username, () -> {
            UI.getCurrent().navigate("");
            Set<String> menu = $(SideNavItem.class).all().stream()
                    .map(SideNavItem::getPath)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(menu).isEqualTo(EXPECTED.get(username));
        });
    }

    @Test
    void the_expected_table_covers_every_registered_route() {
        assertThat(staffRoutes()).containsExactlyInAnyOrderElementsOf(EXPECTED.get("admin"));
    }

    private List<String> staffRoutes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .filter(route -> !PUBLIC.contains(route))
                .sorted()
                .toList();
    }

    private void withUser(String username, Runnable check) {
        // Parameterized tests cannot carry a different @WithUserDetails per value, so sign in here and
        // navigate afresh: access control runs on every navigation.
        var userDetails = userDetailsService.loadUserByUsername(username);
        var authentication = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                userDetails, userDetails.getPassword(), userDetails.getAuthorities());
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            check.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetailsService;
}
