package org.npmportal.selection.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.directory.DirectoryService;
import org.npmportal.selection.ApplicationsClosedException;
import org.npmportal.selection.CandidateService;
import org.npmportal.selection.PublicRound;
import org.npmportal.selection.SelectionLinks;
import org.npmportal.seminar.ui.PublicHeader;

/**
 * The public application form of a selection round, in the visitor's language. After sending, everyone
 * reads the same sentence, whether they had applied before or not; rounds that take no applications say
 * so instead of showing the form.
 */
@Route(value = SelectionLinks.APPLY_ROUTE + "/:" + ApplicationFormView.ROUND_ID, autoLayout = false)
@AnonymousAllowed
class ApplicationFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUND_ID = "roundId";

    final Main content = new Main();
    final ApplicationForm form;
    /** The answer to the form: the neutral "check your inbox", or why nothing could be done. */
    final Paragraph outcome = new Paragraph();

    private final CandidateService candidates;
    private long roundId;
    private String title = "";

    ApplicationFormView(CandidateService candidates, DirectoryService directory) {
        this.candidates = candidates;
        this.form = new ApplicationForm(directory.regions());
        addClassName("public-page");
        content.addClassName("public-main");
        outcome.addClassName("registration-outcome");
        outcome.setId("application-outcome");
        // Read out by screen readers when it changes.
        outcome.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("aria-live", "polite");
        form.addSubmitListener(submitted -> submit(submitted.getSource(), submitted));
        add(new PublicHeader(), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var round = RouteNumbers.of(event, ROUND_ID).flatMap(candidates::publicRound);
        if (round.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(round.get());
    }

    private void show(PublicRound round) {
        roundId = round.id();
        title = round.title();
        content.removeAll();
        outcome.setText("");
        content.add(new H1(round.title()));
        if (round.description() != null) {
            var description = new Paragraph(round.description());
            description.addClassName("application-description");
            content.add(description);
        }
        if (round.applicationsOpen() != null && round.applicationsClose() != null) {
            var window = new Paragraph(getTranslation("selectionApply.window", date(round.applicationsOpen()),
                    date(round.applicationsClose()), round.zone().getId()));
            window.addClassName("public-when");
            content.add(window);
        }
        content.add(new H2(getTranslation("selectionApply.form.heading")));
        switch (round.applications()) {
            case NOT_YET_OPEN -> {
                outcome.setText(getTranslation("selectionApply.notYetOpen", date(round.applicationsOpen())));
                content.add(outcome);
            }
            case CLOSED -> {
                outcome.setText(getTranslation("selectionApply.closed"));
                content.add(outcome);
            }
            case OPEN -> {
                content.add(new Paragraph(getTranslation("selectionApply.form.intro")));
                form.start(Language.of(getLocale()));
                content.add(outcome, form);
            }
        }
    }

    private void submit(ApplicationForm source, ApplicationForm.SubmitEvent submitted) {
        try {
            candidates.apply(roundId, submitted.request(), submitted.cv(), clientAddress());
        } catch (InvalidInputException invalid) {
            String rest = source.showProblems(invalid);
            outcome.setText(rest.isEmpty() ? getTranslation("selectionApply.form.fix") : rest);
            return;
        } catch (ApplicationsClosedException closed) {
            outcome.setText(getTranslation("selectionApply.closed"));
            source.setVisible(false);
            return;
        } catch (UserFacingException refused) {
            // Too many attempts, for example: the input is kept so that the person can try again later.
            outcome.setText(getTranslation(refused.messageKey(), refused.arguments()));
            source.allowRetry();
            return;
        }
        String address = submitted.request().email() == null ? "" : submitted.request().email().strip();
        outcome.setText(getTranslation("selectionApply.form.sent", address));
        source.setVisible(false);
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(day);
    }

    /** The visitor's IP address, for the rate limit; behind a proxy only with forwarded headers trusted. */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        String apply = getTranslation("selectionApply.form.heading");
        return title.isEmpty() ? apply + " – " + getTranslation("app.name") : apply + ": " + title;
    }
}
