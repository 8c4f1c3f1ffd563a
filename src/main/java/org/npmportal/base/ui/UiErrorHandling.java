package org.npmportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Catches whatever a click or a value change throws and shows it as a notification in the user's
 * language, so that no stack trace ever reaches the browser.
 */
@org.springframework.stereotype.Component
class UiErrorHandling implements VaadinServiceInitListener {

    private final ErrorMessages errorMessages;

    UiErrorHandling(ErrorMessages errorMessages) {
        this.errorMessages = errorMessages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionEvent -> sessionEvent.getSession().setErrorHandler(error -> {
            UI ui = error.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
            String text = errorMessages.describe(error.getThrowable(), ui == null ? null : ui.getLocale());
            if (ui != null) {
                ui.access(() -> Notifications.error(text));
            }
        }));
    }
}
