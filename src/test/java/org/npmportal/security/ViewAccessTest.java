package org.npmportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.npmportal.security.AccessMatrixTest.Who;
import org.npmportal.support.PortalTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Each staff role sees exactly the views it may open in the menu, apart from those reached by links from
 * other views. Who may open what is {@link AccessMatrixTest}'s table, which this test reads, so a new view
 * needs one line there (and one here if it is not in the menu).
 */
@PortalTest
class ViewAccessTest extends SpringBrowserlessTest {

    /** Views reached by links from other views rather than from the menu, by their sample address. */
    private static final Set<String> NOT_IN_MENU = Set.of("seminars/new", "seminars/calendar",
            "seminars/1/participants", "seminars/1/check-in", "selection/new", "selection/{round}/rate",
            "selection/{round}/candidates", "selection/{round}/results", "rosters/1", "rosters/1/visits",
            "rosters/members/1", "funding/1", "funding/seminars");

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_the_admin_views_in_the_menu() {
        assertMenuOf(Who.ADMIN);
    }

    @Test
    @WithUserDetails("organiser")
    void an_organiser_sees_the_organiser_views_in_the_menu() {
        assertMenuOf(Who.ORGANISER);
    }

    @Test
    @WithUserDetails("commission1")
    void a_commission_member_sees_the_commission_views_in_the_menu() {
        assertMenuOf(Who.COMMISSION);
    }

    @Test
    @WithUserDetails("finance")
    void a_finance_user_sees_the_finance_views_in_the_menu() {
        assertMenuOf(Who.FINANCE);
    }

    private void assertMenuOf(Who who) {
        UI.getCurrent().navigate("");
        Set<String> menu = find(SideNavItem.class).all().stream()
                .map(SideNavItem::getPath)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> expected = AccessMatrixTest.VIEWS.stream()
                .filter(row -> row.allowed().contains(who) && !row.allowed().contains(Who.ANONYMOUS))
                .map(AccessMatrixTest.Row::sample)
                .filter(sample -> !NOT_IN_MENU.contains(sample))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(menu).as("menu of %s", who).isEqualTo(expected);
    }
}
