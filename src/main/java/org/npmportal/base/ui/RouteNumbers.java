package org.npmportal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** Numeric route parameters, such as a seminar's id; anything that is not a number is simply absent. */
public final class RouteNumbers {

    private RouteNumbers() {
    }

    public static Optional<Long> of(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(RouteNumbers::parse);
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
