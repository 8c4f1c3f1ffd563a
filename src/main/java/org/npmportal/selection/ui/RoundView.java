package org.npmportal.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.directory.DirectoryService;
import org.npmportal.security.Role;
import org.npmportal.selection.RoundPhase;
import org.npmportal.selection.RoundRole;
import org.npmportal.selection.SelectionRound;
import org.npmportal.selection.SelectionService;

/**
 * One selection round. Organisers edit it: details and seats per region, criteria, the commission, and the
 * moves from phase to phase. Commission members read it and go on to rate; the chair also moves the round
 * between rating and deliberation. Reached as {@code selection/new} (organisers) and {@code selection/{id}}.
 */
@Route("selection/:" + RoundView.ROUND_ID + "(new|[0-9]{1,18})")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN, Role.Name.COMMISSION})
class RoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUND_ID = "roundId";
    static final String NEW_ROUND = "selection/new";
    private static final String NEW = "new";

    final Anchor back = new Anchor("selection");
    final Badge phase = new Badge();
    final Anchor rateLink = new Anchor();
    final Anchor candidatesLink = new Anchor();
    final Anchor resultsLink = new Anchor();
    final Button openApplications = new Button();
    final Button startRating = new Button();
    final Button deliberate = new Button();
    final Button backToRating = new Button();
    final ConfirmDialog phaseDialog = new ConfirmDialog();
    final Span unsavedHint = new Span();

    final Details detailsSection = new Details();
    final Details seatsSection = new Details();
    final Details criteriaSection = new Details();
    final Details commissionSection = new Details();
    final RoundDetailsForm details = new RoundDetailsForm();
    final RegionSeatsEditor seats;
    final Button saveDetails = new Button();
    final CriteriaEditor criteria = new CriteriaEditor();
    final CommissionEditor commission = new CommissionEditor();
    final RoundOverview overview = new RoundOverview();

    private final SelectionService selection;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private SelectionRound round = new SelectionRound();
    private RoundRole role = new RoundRole(false, false, false, false);
    private RoundPhase pendingPhase;
    private boolean unsaved;

    RoundView(SelectionService selection, DirectoryService directory, AuthenticationContext authentication,
            Clock clock) {
        this.selection = selection;
        this.authentication = authentication;
        this.clock = clock;
        this.seats = new RegionSeatsEditor(directory.regions());
        addClassName("round-view");

        back.setText(getTranslation("roundEditor.back"));
        rateLink.setText(getTranslation("roundEditor.rate"));
        candidatesLink.setText(getTranslation("roundEditor.candidates"));
        resultsLink.setText(getTranslation("roundEditor.results"));
        phaseButton(openApplications, "roundEditor.phase.openApplications", RoundPhase.APPLICATIONS_OPEN);
        phaseButton(startRating, "roundEditor.phase.startRating", RoundPhase.RATING);
        phaseButton(deliberate, "roundEditor.phase.deliberate", RoundPhase.DELIBERATION);
        phaseButton(backToRating, "roundEditor.phase.backToRating", RoundPhase.RATING);
        phaseDialog.setCancelable(true);
        phaseDialog.setCancelText(getTranslation("action.cancel"));
        phaseDialog.addConfirmListener(confirm -> changePhase());
        unsavedHint.setText(getTranslation("roundEditor.unsaved"));
        unsavedHint.addClassName("selection-hint");

        saveDetails.setText(getTranslation("roundEditor.save"));
        saveDetails.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDetails.addClickListener(click -> saveDetails());
        details.addChangeListener(this::changed);
        details.totalSeats.addValueChangeListener(change -> seats.setTotal(change.getValue()));
        criteria.save.addClickListener(click -> saveCriteria());
        commission.save.addClickListener(click -> saveCommission());

        section(detailsSection, "roundEditor.section.details", details);
        section(seatsSection, "roundEditor.section.seats", seats);
        section(criteriaSection, "roundEditor.section.criteria", criteria);
        section(commissionSection, "roundEditor.section.commission", commission);

        var links = new HorizontalLayout(rateLink, candidatesLink, resultsLink);
        links.addClassName("round-view-links");
        var actions = new HorizontalLayout(unsavedHint, openApplications, startRating, deliberate, backToRating);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        var bar = new HorizontalLayout(back, phase, links, actions);
        bar.addClassName("round-view-bar");
        bar.setWidthFull();
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(links);
        add(bar, overview, detailsSection, seatsSection, saveDetails, criteriaSection, commissionSection);
    }

    private void section(Details section, String key, Component content) {
        section.setSummaryText(getTranslation(key));
        section.add(content);
        section.setOpened(true);
        section.setWidthFull();
    }

    private void phaseButton(Button button, String key, RoundPhase target) {
        button.setText(getTranslation(key));
        button.addClickListener(click -> {
            pendingPhase = target;
            phaseDialog.setHeader(getTranslation(key));
            phaseDialog.setText(getTranslation(key + ".confirm"));
            phaseDialog.setConfirmText(getTranslation(key));
            phaseDialog.open();
        });
    }

    static String path(long roundId) {
        return "selection/" + roundId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean creating = event.getRouteParameters().get(ROUND_ID).filter(NEW::equals).isPresent();
        if (creating) {
            if (!authentication.hasAnyRole(Role.Name.ORGANISER, Role.Name.ADMIN)) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            var draft = new SelectionRound();
            draft.setYear(Year.now(clock).getValue());
            show(draft, new RoundRole(true, false, false, false));
            return;
        }
        Optional<SelectionRound> found = RouteNumbers.of(event, ROUND_ID).flatMap(this::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get(), selection.myRole(found.get().getId()));
    }

    /** Commission members may read only the rounds they sit on; for anyone else the round does not exist. */
    private Optional<SelectionRound> find(long id) {
        try {
            return selection.get(id);
        } catch (UserFacingException notTheirs) {
            return Optional.empty();
        }
    }

    private void reload() {
        show(selection.get(round.getId()).orElseThrow(), selection.myRole(round.getId()));
    }

    private void show(SelectionRound shown, RoundRole shownRole) {
        this.round = shown;
        this.role = shownRole;
        this.unsaved = false;
        boolean stored = shown.getId() != null;
        RoundPhase current = shown.getPhase();
        boolean editable = current.ordinal() < RoundPhase.DECIDED.ordinal();
        PhaseBadge.show(phase, current, this);
        phase.setVisible(stored);

        boolean organiser = role.organiser();
        overview.setVisible(!organiser);
        for (var component : new Component[] {detailsSection, seatsSection}) {
            component.setVisible(organiser);
        }
        saveDetails.setVisible(organiser && editable);
        criteriaSection.setVisible(organiser && stored);
        commissionSection.setVisible(organiser && stored);
        if (organiser) {
            details.edit(shown, !editable, current != RoundPhase.DRAFT);
            seats.edit(shown.getSeatsByRegion(), shown.getTotalSeats(), !editable, this::changed);
            if (stored) {
                criteria.edit(shown.getCriteria(), !current.criteriaEditable(), () -> { });
                commission.edit(selection.eligibleMembers(), selection.commission(shown.getId()), !editable,
                        () -> { });
            }
        } else {
            overview.show(shown, selection.commission(shown.getId()));
        }
        showLinks();
        showActions();
    }

    private void showLinks() {
        boolean stored = round.getId() != null;
        RoundPhase current = round.getPhase();
        if (stored) {
            rateLink.setHref(RatingView.path(round.getId()));
            candidatesLink.setHref(path(round.getId()) + "/candidates");
            resultsLink.setHref(path(round.getId()) + "/results");
        }
        rateLink.setVisible(stored && role.member() && current == RoundPhase.RATING);
        candidatesLink.setVisible(stored && role.organiser());
        boolean steers = role.organiser() || role.chair();
        resultsLink.setVisible(stored && current != RoundPhase.DRAFT && current != RoundPhase.APPLICATIONS_OPEN
                && (steers || current.ordinal() >= RoundPhase.DELIBERATION.ordinal()));
    }

    /** The phase moves the user's part allows from where the round is; the service checks them again. */
    private void showActions() {
        boolean stored = round.getId() != null;
        RoundPhase current = round.getPhase();
        boolean steers = role.organiser() || role.chair();
        openApplications.setVisible(stored && role.organiser() && current == RoundPhase.DRAFT);
        startRating.setVisible(stored && role.organiser() && current == RoundPhase.APPLICATIONS_OPEN);
        deliberate.setVisible(stored && steers && current == RoundPhase.RATING);
        backToRating.setVisible(stored && steers && current == RoundPhase.DELIBERATION);
        for (var button : new Button[] {openApplications, startRating, deliberate, backToRating}) {
            button.setEnabled(!unsaved);
        }
        unsavedHint.setVisible(stored && unsaved);
    }

    private void changed() {
        unsaved = true;
        showActions();
    }

    private void saveDetails() {
        if (!details.validate()) {
            return;
        }
        boolean creating = round.getId() == null;
        try {
            long id = selection.save(round).getId();
            Notifications.success(getTranslation("roundEditor.saved"));
            if (creating) {
                UI.getCurrent().navigate(path(id));
            } else {
                reload();
            }
        } catch (InvalidInputException invalid) {
            showProblems(invalid, detailFields());
        } catch (UserFacingException refused) {
            refused(refused);
        }
    }

    private void saveCriteria() {
        if (!criteria.validate()) {
            return;
        }
        try {
            selection.replaceCriteria(round.getId(), criteria.criteria());
            Notifications.success(getTranslation("roundEditor.criteria.saved"));
            reload();
        } catch (InvalidInputException invalid) {
            showProblems(invalid, criteria.fieldsByProperty());
        } catch (UserFacingException refused) {
            refused(refused);
        }
    }

    private void saveCommission() {
        try {
            selection.setCommission(round.getId(), commission.memberIds(), commission.chairId());
            Notifications.success(getTranslation("roundEditor.commission.saved"));
            reload();
        } catch (InvalidInputException invalid) {
            showProblems(invalid, commission.fieldsByProperty());
        } catch (UserFacingException refused) {
            refused(refused);
        }
    }

    private void changePhase() {
        try {
            selection.changePhase(round.getId(), pendingPhase);
            Notifications.success(getTranslation("roundEditor.phase.changed",
                    getTranslation(PhaseBadge.PHASE + pendingPhase.name())));
            reload();
        } catch (InvalidInputException invalid) {
            showProblems(invalid, role.organiser() ? detailFields() : Map.of());
        } catch (UserFacingException refused) {
            refused(refused);
        }
    }

    private Map<String, HasValidation> detailFields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>(details.fieldsByProperty());
        fields.put("seatsByRegion", seats);
        return fields;
    }

    private void showProblems(InvalidInputException invalid, Map<String, ? extends HasValidation> fields) {
        String rest = FieldErrors.show(invalid, fields, this);
        if (!rest.isEmpty()) {
            Notifications.error(rest);
        }
    }

    private void refused(UserFacingException refused) {
        Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
    }

    @Override
    public String getPageTitle() {
        return round.getId() == null || round.getTitle() == null ? getTranslation("roundEditor.newTitle")
                : round.getTitle();
    }
}
