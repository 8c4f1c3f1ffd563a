package org.npmportal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import org.npmportal.base.ui.LanguageSwitch;

/** Staff sign-in. Participants and candidates never sign in: they act through links in their mail. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        var title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        var languageSwitch = new LanguageSwitch(language -> { });
        var top = new Div(languageSwitch);
        top.addClassName("login-language");
        var note = new Paragraph(getTranslation("login.staffOnly"));
        note.addClassName("login-note");
        var catalogue = new Anchor("catalogue", getTranslation("login.catalogue"));
        catalogue.setId("catalogue-link");
        add(top, title, tagline, form, note, catalogue);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var loginForm = new LoginI18n.Form();
        loginForm.setTitle(getTranslation("login.title"));
        loginForm.setUsername(getTranslation("login.username"));
        loginForm.setPassword(getTranslation("login.password"));
        loginForm.setSubmit(getTranslation("login.submit"));
        loginForm.setForgotPassword(getTranslation("login.forgotPassword"));
        i18n.setForm(loginForm);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var blocked = parameters.getOrDefault("blocked", List.of()).stream().findFirst()
                .flatMap(LoginView::minutes);
        form.setI18n(blocked.map(this::blockedI18n).orElseGet(this::i18n));
        form.setError(blocked.isPresent() || parameters.containsKey("error"));
    }

    /** The sign-in throttle's answer: the same for every account name, known or not. */
    private LoginI18n blockedI18n(long minutes) {
        var i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation("login.blocked.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.blocked.message", minutes));
        return i18n;
    }

    private static Optional<Long> minutes(String value) {
        try {
            long minutes = Long.parseLong(value);
            return minutes > 0 && minutes <= 24 * 60 ? Optional.of(minutes) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
