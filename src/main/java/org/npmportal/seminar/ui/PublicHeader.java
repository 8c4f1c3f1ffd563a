package org.npmportal.seminar.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import org.npmportal.base.ui.LanguageSwitch;

/**
 * The slim header of the public pages: the portal's name, the language switch and the staff sign-in.
 * Public because the registration pages ({@code registration.ui}) wear the same header.
 */
public class PublicHeader extends Header {

    final Anchor staffSignIn = new Anchor("login", getTranslation("catalogue.staffSignIn"));

    public PublicHeader() {
        addClassName("public-header");
        var brand = new Anchor("catalogue", getTranslation("app.name"));
        brand.addClassName("public-brand");
        staffSignIn.addClassName("public-sign-in");
        staffSignIn.setId("staff-sign-in");
        var tools = new Div(new LanguageSwitch(language -> { }), staffSignIn);
        tools.addClassName("public-tools");
        add(brand, tools);
    }
}
