package org.npmportal.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.npmportal.base.ui.LanguageSwitch;
import org.npmportal.security.UserAccountService;

/**
 * The frame of every staff page: navigation that lists only what the signed-in user may open, the
 * user's name, the language switch and sign-out. Menu titles are message keys.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authentication, UserAccountService accounts) {
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        addToNavbar(toggle, viewTitle, userArea(authentication, accounts));
        addToDrawer(brand(), new Scroller(navigation()));
    }

    private Component brand() {
        var name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        var brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        String label = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }

    private Component userArea(AuthenticationContext authentication, UserAccountService accounts) {
        var area = new HorizontalLayout();
        area.addClassName("user-area");
        area.setAlignItems(HorizontalLayout.Alignment.CENTER);
        var languageSwitch = new LanguageSwitch(language -> {
            if (authentication.isAuthenticated()) {
                accounts.changeOwnLanguage(language);
            }
        });
        area.add(languageSwitch);
        authentication.getPrincipalName().ifPresent(username -> {
            var name = accounts.currentUser().map(user -> user.fullName()).orElse(username);
            var user = new Span(VaadinIcon.USER.create(), new Span(name));
            user.addClassName("current-user");
            user.setId("current-user");
            var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                    click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            area.add(user, logout);
        });
        return area;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
