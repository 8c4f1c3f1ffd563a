package org.npmportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import org.npmportal.base.DashboardFigure;
import org.npmportal.base.DashboardService;

/** The first page after sign-in: the figures each feature reports, for the roles allowed to see them. */
@Route("")
@PermitAll
@Menu(title = "nav.dashboard", icon = "vaadin:dashboard", order = 0)
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(DashboardService dashboard) {
        addClassName("dashboard");
        add(new H2(getTranslation("dashboard.heading")), new Paragraph(getTranslation("dashboard.intro")));
        var figures = new Div();
        figures.addClassName("figures");
        figures.setId("dashboard-figures");
        var format = NumberFormat.getIntegerInstance(getLocale());
        for (DashboardFigure figure : dashboard.figures()) {
            figures.add(card(figure, format));
        }
        add(figures);
    }

    private Div card(DashboardFigure figure, NumberFormat format) {
        var value = new Span(format.format(figure.value()));
        value.addClassName("figure-value");
        var label = new Span(getTranslation(figure.labelKey()));
        label.addClassName("figure-label");
        var card = new Div(value, label);
        card.addClassName("figure");
        card.getElement().setAttribute("data-figure", figure.labelKey());
        if (!figure.route().isEmpty()) {
            var link = new Anchor(figure.route(), getTranslation("dashboard.open"));
            link.addClassName("figure-link");
            card.add(link);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
