package org.npmportal.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The portal's two kinds of toast: a success that fades, and an error that stays until closed. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        var notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static Notification error(String text) {
        var notification = new Notification(text, 0, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("portal-error");
        notification.getElement().addEventListener("click", e -> notification.close());
        notification.open();
        return notification;
    }
}
