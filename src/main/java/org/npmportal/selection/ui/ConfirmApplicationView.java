package org.npmportal.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.npmportal.selection.ApplicationLink;
import org.npmportal.selection.ApplicationOutcome;
import org.npmportal.selection.CandidateService;
import org.npmportal.selection.SelectionLinks;
import org.npmportal.seminar.ui.PublicHeader;

/**
 * The link in an applicant's first mail. Opening it only shows what it is for: mail scanners open links
 * too, so the confirmation waits for a button. The token stays in this view; it is never logged and never
 * part of the page title.
 */
@Route(value = SelectionLinks.CONFIRM_ROUTE + "/:" + ConfirmApplicationView.TOKEN, autoLayout = false)
@AnonymousAllowed
class ConfirmApplicationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";

    final Main content = new Main();
    /** What the click did, read out by screen readers. */
    final Paragraph outcome = new Paragraph();
    final Button confirm = new Button();

    private final CandidateService candidates;
    private String token;

    ConfirmApplicationView(CandidateService candidates) {
        this.candidates = candidates;
        addClassName("public-page");
        content.addClassName("public-main");
        outcome.addClassName("registration-outcome");
        outcome.setId("application-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("aria-live", "polite");
        confirm.setText(getTranslation("selectionApply.confirm.button"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setId("confirm");
        confirm.addClickListener(click -> show(candidates.confirm(token), true));
        add(new PublicHeader(), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse(null);
        show(candidates.look(token), false);
    }

    /**
     * Draws the page for the link as it stands. Before the click a working link shows the button; after it,
     * the sentence about what the click did.
     */
    private void show(ApplicationLink link, boolean clicked) {
        content.removeAll();
        outcome.setText("");
        if (link.outcome() == ApplicationOutcome.INVALID) {
            content.add(new H1(getTranslation("selectionApply.link.invalid.title")),
                    new Paragraph(getTranslation("selectionApply.link.invalid.text")));
            return;
        }
        content.add(new H1(getTranslation("selectionApply.confirm.title")), outcome,
                new H2(link.roundTitle()), person(link));
        switch (link.outcome()) {
            case DONE -> {
                if (clicked) {
                    outcome.setText(getTranslation("selectionApply.confirm.done"));
                } else {
                    confirm.setEnabled(true);
                    content.add(new Paragraph(getTranslation("selectionApply.confirm.intro")), confirm);
                }
            }
            case EXPIRED -> {
                outcome.setText(getTranslation("selectionApply.confirm.expired"));
                var again = new Anchor(SelectionLinks.APPLY_ROUTE + "/" + link.roundId(),
                        getTranslation("selectionApply.confirm.applyAgain"));
                again.setId("apply-again");
                content.add(new Paragraph(again));
            }
            default -> outcome.setText(getTranslation("selectionApply.confirm." + link.outcome().name()));
        }
    }

    private DescriptionList person(ApplicationLink link) {
        var details = new DescriptionList();
        details.addClassName("public-details");
        details.add(new DescriptionList.Term(getTranslation("selectionApply.person.name")),
                new DescriptionList.Description(link.fullName()),
                new DescriptionList.Term(getTranslation("selectionApply.person.email")),
                new DescriptionList.Description(link.email()));
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selectionApply.confirm.title") + " – " + getTranslation("app.name");
    }
}
