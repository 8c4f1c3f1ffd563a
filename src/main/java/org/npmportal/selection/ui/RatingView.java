package org.npmportal.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.ui.ErrorMessages;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.directory.DirectoryService;
import org.npmportal.security.Role;
import org.npmportal.selection.DeclarationState;
import org.npmportal.selection.QueueItem;
import org.npmportal.selection.RatingProgressFigures;
import org.npmportal.selection.CandidateHistory;
import org.npmportal.selection.CandidateService;
import org.npmportal.selection.RatingService;
import org.npmportal.selection.RoundPhase;
import org.npmportal.selection.RoundRole;
import org.npmportal.selection.SelectionRound;
import org.npmportal.selection.SelectionService;

/**
 * A commission member rates the round's candidates, made for a hundred and more of them: the list of their
 * candidates with a state each and their progress on the left, the chosen candidate on the right. A file
 * opens only after the member declared a conflict of interest or its absence; scores are saved as they are
 * chosen; "Next candidate" (Alt+N) moves on. In a blind round nothing that identifies a candidate appears.
 */
@Route("selection/:" + RatingView.ROUND_ID + "([0-9]{1,18})/rate")
@RolesAllowed(Role.Name.COMMISSION)
class RatingView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUND_ID = "roundId";
    private static final String STATE = "ratingView.state.";

    final Anchor back = new Anchor();
    final Div notice = new Div();
    final Span progressText = new Span();
    final Span progressDetail = new Span();
    final ProgressBar progressBar = new ProgressBar();
    final Select<QueueFilter> filter = new Select<>();
    final Grid<QueueItem> queue = new Grid<>();
    final Grid.Column<QueueItem> nameColumn;
    final Button submit = new Button();
    final ConfirmDialog submitDialog = new ConfirmDialog();
    final CandidatePanel panel = new CandidatePanel();

    private final SelectionService selection;
    private final RatingService ratings;
    private final CandidateService candidates;
    private final ErrorMessages errorMessages;
    private final Map<Long, String> regionNames;
    private final List<QueueItem> items = new ArrayList<>();
    private final ListDataProvider<QueueItem> itemProvider = new ListDataProvider<>(items) {
        @Override
        public Object getId(QueueItem item) {
            return item.candidateId();
        }
    };
    private SelectionRound round;
    private RoundRole role;
    private QueueItem current;

    RatingView(SelectionService selection, RatingService ratings, CandidateService candidates,
            DirectoryService directory, ErrorMessages errorMessages) {
        this.selection = selection;
        this.ratings = ratings;
        this.candidates = candidates;
        this.errorMessages = errorMessages;
        this.regionNames = directory.regions().stream()
                .collect(Collectors.toMap(region -> region.getId(), region -> region.name(getLocale())));
        addClassName("rating-view");
        setSizeFull();

        back.setText(getTranslation("ratingView.back"));
        notice.addClassName("selection-notice");
        progressText.addClassName("rating-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        progressDetail.addClassName("rating-progress-detail");
        filter.setLabel(getTranslation("ratingView.filter"));
        filter.setItems(QueueFilter.values());
        filter.setItemLabelGenerator(value -> getTranslation(QueueFilter.KEY + value.name()));
        filter.setValue(QueueFilter.ALL);
        filter.addValueChangeListener(change -> itemProvider.setFilter(change.getValue()::accepts));

        queue.addColumn(QueueItem::code).setHeader(getTranslation("ratingView.column.code")).setKey("code")
                .setAutoWidth(true).setFlexGrow(0);
        nameColumn = queue.addColumn(QueueItem::fullName).setHeader(getTranslation("ratingView.column.name"))
                .setKey("name").setFlexGrow(1);
        queue.addColumn(item -> regionNames.get(item.regionId())).setHeader(getTranslation("ratingView.column.region"))
                .setKey("region").setFlexGrow(1);
        queue.addComponentColumn(this::stateBadge).setHeader(getTranslation("ratingView.column.state"))
                .setKey("state").setWidth("9.5rem").setFlexGrow(0);
        queue.setItems(itemProvider);
        queue.setSelectionMode(Grid.SelectionMode.SINGLE);
        queue.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                choose(change.getValue());
            }
        });
        ((GridSingleSelectionModel<QueueItem>) queue.getSelectionModel()).setDeselectAllowed(false);
        queue.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        queue.setEmptyStateText(getTranslation("ratingView.empty"));
        queue.setAriaLabel(getTranslation("ratingView.list"));
        queue.addClassName("rating-queue");

        submit.setText(getTranslation("ratingView.submit"));
        submit.setIcon(VaadinIcon.PAPERPLANE.create());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.addClickListener(click -> submitDialog.open());
        submitDialog.setHeader(getTranslation("ratingView.submit"));
        submitDialog.setText(getTranslation("ratingView.submit.confirm"));
        submitDialog.setConfirmText(getTranslation("ratingView.submit"));
        submitDialog.setCancelable(true);
        submitDialog.setCancelText(getTranslation("action.cancel"));
        submitDialog.addConfirmListener(confirm -> submit());

        panel.noConflict.addClickListener(click -> declare(false));
        panel.conflict.addClickListener(click -> declare(true));
        panel.next.addClickListener(click -> next());
        // Blurring the focused field first lets a comment being typed be saved before the next candidate opens.
        panel.next.addClickShortcut(Key.KEY_N, KeyModifier.ALT).resetFocusOnActiveElement();
        panel.next.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();

        var left = new VerticalLayout(back, notice, progressText, progressBar, progressDetail, filter, queue, submit);
        left.addClassName("rating-list");
        left.setWidth("34rem");
        left.setHeightFull();
        left.setFlexGrow(1, queue);
        var right = new Div(panel);
        right.addClassName("rating-candidate");
        add(left, right);
        setFlexGrow(1, right);
    }

    static String path(long roundId) {
        return "selection/" + roundId + "/rate";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SelectionRound> found = RouteNumbers.of(event, ROUND_ID).flatMap(this::find);
        Optional<RoundRole> member = found.map(shown -> selection.myRole(shown.getId())).filter(RoundRole::member);
        if (member.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        round = found.get();
        role = member.get();
        back.setHref(RoundView.path(round.getId()));
        // Names are not even given to the list of a blind round; the column goes too.
        nameColumn.setVisible(!round.isBlindRating());
        items.clear();
        items.addAll(ratings.queue(round.getId()));
        itemProvider.refreshAll();
        current = null;
        panel.showNothing();
        showProgress(ratings.progress(round.getId()));
    }

    /** Only members of the round's commission rate in it; for anyone else the round does not exist. */
    private Optional<SelectionRound> find(long id) {
        try {
            return selection.get(id);
        } catch (UserFacingException notTheirs) {
            return Optional.empty();
        }
    }

    private boolean ratingOpen() {
        return round.getPhase() == RoundPhase.RATING && !role.submitted();
    }

    private void showProgress(RatingProgressFigures figures) {
        progressText.setText(getTranslation("ratingView.progress", figures.complete(), figures.assigned()));
        progressDetail.setText(getTranslation("ratingView.progress.detail", figures.recused(),
                figures.undeclared(), figures.partial()));
        progressBar.setValue(figures.assigned() == 0 ? 0 : (double) figures.complete() / figures.assigned());
        submit.setEnabled(ratingOpen() && figures.finished());
        submit.setVisible(!role.submitted());
        notice.setVisible(!ratingOpen());
        notice.setText(role.submitted() ? getTranslation("ratingView.submitted")
                : round.getPhase() == RoundPhase.RATING ? "" : getTranslation("selection.rating.closed"));
    }

    private Component stateBadge(QueueItem item) {
        var badge = new Badge();
        badge.addThemeVariants(BadgeVariant.SMALL);
        switch (item.declaration()) {
            case NONE -> badge.setText(getTranslation(STATE + "undeclared"));
            case CONFLICT -> {
                badge.setText(getTranslation(STATE + "recused"));
                badge.addThemeVariants(BadgeVariant.ERROR);
            }
            case NO_CONFLICT -> {
                if (item.complete()) {
                    badge.setText(getTranslation(STATE + "complete"));
                    badge.addThemeVariants(BadgeVariant.SUCCESS);
                } else {
                    badge.setText(getTranslation(STATE + "scored", item.scored(), item.criteria()));
                    badge.addThemeVariants(BadgeVariant.CONTRAST);
                }
            }
        }
        return badge;
    }

    private void choose(QueueItem item) {
        current = item;
        String region = regionNames.get(item.regionId());
        switch (item.declaration()) {
            case NONE -> panel.showGate(item, region, ratingOpen());
            case CONFLICT -> panel.showRecused(item, region);
            case NO_CONFLICT -> openFile(item, region);
        }
    }

    private void openFile(QueueItem item, String region) {
        try {
            var file = ratings.open(round.getId(), item.candidateId());
            var history = candidates.history(round.getId(), List.of(item.candidateId()))
                    .getOrDefault(item.candidateId(), CandidateHistory.NONE);
            panel.showFile(item, file, history, CvDownload.of(() -> candidates.cv(item.candidateId())), region, regionNames::get, round.isBlindRating(), round.getCriteria(),
                    (criterionId, value, comment) -> showProgress(
                            ratings.saveScore(round.getId(), item.candidateId(), criterionId, value, comment)),
                    failure -> errorMessages.describe(failure, getLocale()),
                    () -> scoredChanged(item.candidateId()));
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            panel.showNothing();
        }
    }

    /** Keeps the list's badge in step with the scores the panel has stored for the candidate. */
    private void scoredChanged(long candidateId) {
        if (current != null && current.candidateId() == candidateId) {
            replace(new QueueItem(current.candidateId(), current.code(), current.fullName(), current.organisation(),
                    current.regionId(), current.declaration(), panel.scored(), current.criteria()));
        }
    }

    private void declare(boolean conflict) {
        if (current == null) {
            return;
        }
        DeclarationState state;
        try {
            state = ratings.declare(round.getId(), current.candidateId(), conflict,
                    conflict ? panel.reason.getValue() : null);
        } catch (InvalidInputException invalid) {
            String rest = FieldErrors.show(invalid, Map.of("reason", panel.reason), this);
            if (!rest.isEmpty()) {
                Notifications.error(rest);
            }
            return;
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        var declared = new QueueItem(current.candidateId(), current.code(), current.fullName(),
                current.organisation(), current.regionId(), state, current.scored(), current.criteria());
        replace(declared);
        showProgress(ratings.progress(round.getId()));
        choose(declared);
    }

    private void replace(QueueItem changed) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).candidateId() == changed.candidateId()) {
                items.set(i, changed);
            }
        }
        current = changed;
        itemProvider.refreshAll();
    }

    /** The next candidate after this one that the chosen filter shows. */
    private void next() {
        int from = current == null ? -1 : indexOf(current.candidateId());
        var filterValue = filter.getValue();
        for (int i = from + 1; i < items.size(); i++) {
            if (filterValue.accepts(items.get(i))) {
                var item = items.get(i);
                queue.select(item);
                queue.scrollToItem(item);
                return;
            }
        }
        Notifications.success(getTranslation("ratingView.next.none"));
    }

    private int indexOf(long candidateId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).candidateId() == candidateId) {
                return i;
            }
        }
        return -1;
    }

    private void submit() {
        try {
            ratings.submit(round.getId());
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        Notifications.success(getTranslation("ratingView.submitted"));
        role = selection.myRole(round.getId());
        showProgress(ratings.progress(round.getId()));
        if (current != null) {
            choose(current);
        }
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("ratingView.title")
                : getTranslation("ratingView.titleOf", round.getTitle());
    }
}
