package org.npmportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.npmportal.base.DatabaseOutage;

/** Shown when opening a page fails: a message in the user's language with a reference code, never a trace. */
@AnonymousAllowed
class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private final ErrorMessages errorMessages;

    InternalErrorView(ErrorMessages errorMessages) {
        this.errorMessages = errorMessages;
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        add(new H2(getTranslation("error.title")),
                new Paragraph(errorMessages.describe(parameter.getCaughtException(), getLocale())),
                new Anchor("", getTranslation("error.home")));
        // A lost database is temporary: 503 tells proxies and monitors so, as the API does.
        return DatabaseOutage.isCause(parameter.getCaughtException()) ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
