package org.npmportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.npmportal.base.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * Remembers each browser's language in a cookie, so the portal opens in the language chosen last time,
 * before and after sign-in. Without the cookie the browser's own language decides, when it is one of ours.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "npm-portal-lang";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    public void serviceInit(com.vaadin.flow.server.ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> fromCookie(VaadinRequest.getCurrent())
                .ifPresent(language -> apply(uiEvent.getUI(), language)));
    }

    /** Switches the current UI's language, remembers it, and reloads so that every label follows. */
    public static void choose(Language language) {
        var ui = UI.getCurrent();
        apply(ui, language);
        VaadinResponse response = VaadinService.getCurrentResponse();
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (response != null) {
            var cookie = new Cookie(COOKIE, language.tag());
            cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        ui.getPage().reload();
    }

    public static Language current() {
        var ui = UI.getCurrent();
        return Language.of(ui == null ? null : ui.getLocale());
    }

    private static void apply(UI ui, Language language) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language.locale());
        }
        ui.setLocale(language.locale());
    }

    private static Optional<Language> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> Language.fromTag(cookie.getValue()));
    }
}
