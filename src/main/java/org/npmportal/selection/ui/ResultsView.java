package org.npmportal.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.npmportal.base.ui.DownloadLink;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.ui.Notifications;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.npmportal.security.Role;
import org.npmportal.selection.BlindResults;
import org.npmportal.selection.MemberProgress;
import org.npmportal.selection.Outcome;
import org.npmportal.selection.OverrideRow;
import org.npmportal.selection.RegionFill;
import org.npmportal.selection.ResultFigures;
import org.npmportal.selection.ResultRow;
import org.npmportal.selection.ResultsService;
import org.npmportal.selection.RoundPhase;
import org.npmportal.selection.RoundResults;
import org.npmportal.selection.RoundRole;
import org.npmportal.selection.SelectionExports;
import org.npmportal.selection.SelectionRound;
import org.npmportal.selection.SelectionService;
import org.npmportal.selection.scoring.SeatOutcome;

/**
 * A round's results, at {@code selection/{id}/results}: how far the commission got and how far it agrees,
 * the regions' seats, the ranking with the quota proposal (and the decision once taken), each candidate's
 * breakdown, the recusal matrix, the chair's changes, and the files. What each reader may see and do is the
 * services' rule; the page offers only what the reader's part in the round allows and shows the services'
 * message where they refuse.
 */
@Route("selection/:" + ResultsView.ROUND_ID + "([0-9]{1,18})/results")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN, Role.Name.COMMISSION})
@StyleSheet("styles/selection-results.css")
class ResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUND_ID = "roundId";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final H2 title = new H2();
    final Badge phase = new Badge();
    final Anchor roundLink = new Anchor();
    /** The services' message when this reader may not see the results (yet). */
    final Paragraph refusal = new Paragraph();
    final VerticalLayout content = new VerticalLayout();
    final Div summary = new Div();
    final Paragraph state = new Paragraph();
    final Paragraph agreement = new Paragraph();
    final Paragraph blindNote = new Paragraph();
    final Button decide = new Button();
    final Button publish = new Button();
    final Anchor rankingCsv;
    final Anchor rankingXlsx;
    final Anchor minutesPdf;
    final TabSheet tabs = new TabSheet();
    final Tab rankingTab;
    final Tab recusalsTab;
    final Tab overridesTab;
    final ComboBox<Long> region = new ComboBox<>();
    final ComboBox<Enum<?>> outcome = new ComboBox<>();
    final Checkbox discussOnly = new Checkbox();
    final Checkbox byZMean = new Checkbox();
    final Paragraph zNote = new Paragraph();
    final Grid<ResultRow> ranking = new Grid<>();
    final VerticalLayout progress = new VerticalLayout();
    final Grid<RegionFill> regions = new Grid<>();
    final ResultsRecusals recusals;
    final Grid<OverrideRow> overrides = new Grid<>();
    final ResultsBreakdownDialog breakdown;
    final ResultsOverrideDialog overrideDialog;
    final ConfirmDialog decideDialog = new ConfirmDialog();
    final ConfirmDialog publishDialog = new ConfirmDialog();

    private final SelectionService rounds;
    private final ResultsService results;
    private final Locale locale;
    private final Map<Long, String> regionNames;
    private final DateTimeFormatter when;
    /** The round as last shown, read again by downloads, which run in requests of their own. */
    private volatile long roundId;
    private SelectionRound round;
    private RoundRole role;
    private RoundResults shown;
    private boolean identitiesHidden;
    private ListDataProvider<ResultRow> rows;

    ResultsView(SelectionService rounds, ResultsService results, SelectionExports exports,
            DirectoryService directory) {
        this.rounds = rounds;
        this.results = results;
        this.locale = Language.of(getLocale()).locale();
        this.regionNames = directory.regions().stream().collect(Collectors.toMap(Region::getId, r -> r.name(locale)));
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        setSizeFull();
        addClassName("selection-results");

        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        roundLink.setText(getTranslation("selectionResults.toRound"));
        var heading = new HorizontalLayout(title, phase, roundLink);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        refusal.addClassName("results-refusal");
        refusal.setVisible(false);

        summary.addClassName("results-summary");
        state.addClassName(LumoUtility.TextColor.SECONDARY);
        agreement.addClassName("results-agreement");
        blindNote.setText(getTranslation("selectionResults.blind"));
        blindNote.addClassName(LumoUtility.TextColor.SECONDARY);

        decide.setText(getTranslation("selectionResults.decide"));
        decide.setIcon(VaadinIcon.GAVEL.create());
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.addClickListener(click -> askToDecide());
        publish.setText(getTranslation("selectionResults.publish"));
        publish.setIcon(VaadinIcon.ENVELOPES_O.create());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(click -> askToPublish());
        rankingCsv = download("selectionResults.download.csv", "ranking-", ".csv", "text/csv; charset=UTF-8",
                () -> roundId, exports::rankingCsv);
        rankingXlsx = download("selectionResults.download.xlsx", "ranking-", ".xlsx", XLSX, () -> roundId,
                exports::rankingXlsx);
        minutesPdf = download("selectionResults.download.minutes", "minutes-", ".pdf", "application/pdf",
                () -> roundId, exports::minutesPdf);
        var actions = new HorizontalLayout(decide, publish, rankingCsv, rankingXlsx, minutesPdf);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        breakdown = new ResultsBreakdownDialog(locale);
        overrideDialog = new ResultsOverrideDialog(this::override);
        recusals = new ResultsRecusals(locale);
        buildConfirmDialogs();

        rankingTab = tabs.add(getTranslation("selectionResults.tab.ranking"), rankingPanel());
        tabs.add(getTranslation("selectionResults.tab.progress"), progress);
        tabs.add(getTranslation("selectionResults.tab.regions"), regionsPanel());
        recusalsTab = tabs.add(getTranslation("selectionResults.tab.recusals"), recusals);
        overridesTab = tabs.add(getTranslation("selectionResults.tab.overrides"), overridesPanel());
        tabs.setSizeFull();

        content.setPadding(false);
        content.setSizeFull();
        content.add(summary, state, agreement, blindNote, actions, tabs);
        add(heading, refusal, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteNumbers.of(event, ROUND_ID);
        if (id.isEmpty()) {
            refuse(getTranslation("error.notFound"));
            return;
        }
        roundId = id.get();
        try {
            round = rounds.get(roundId).orElseThrow(() -> new UserFacingException("error.notFound"));
            title.setText(round.getTitle());
            roundLink.setHref("selection/" + roundId);
            role = rounds.myRole(roundId);
            show(results.results(roundId));
        } catch (UserFacingException refused) {
            refuse(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    // ---- Showing ----

    private void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
        content.setVisible(false);
        phase.setVisible(false);
    }

    private void show(RoundResults current) {
        shown = current;
        identitiesHidden = BlindResults.hidesIdentity(round, role);
        boolean steers = role.organiser() || role.chair();
        refusal.setVisible(false);
        content.setVisible(true);

        phase.setVisible(true);
        phase.setText(getTranslation("selection.phase." + current.phase().name()));
        phase.removeThemeVariants(BadgeVariant.values());
        phase.addThemeVariants(switch (current.phase()) {
            case DECIDED -> BadgeVariant.WARNING;
            case PUBLISHED -> BadgeVariant.SUCCESS;
            default -> BadgeVariant.CONTRAST;
        });
        showSummary(current);
        blindNote.setVisible(identitiesHidden);
        decide.setVisible(role.chair() && current.phase() == RoundPhase.DELIBERATION);
        publish.setVisible(steers && current.phase() == RoundPhase.DECIDED);
        minutesPdf.setVisible(steers);

        ranking.getColumnByKey("fullName").setVisible(!identitiesHidden);
        ranking.getColumnByKey("decided").setVisible(current.decided());
        // The ranking is computed whole (each figure depends on every score), so it is shown from memory.
        rows = new ListDataProvider<>(current.rows());
        rows.setFilter(this::matches);
        ranking.setItems(rows);
        sortRanking();
        showOutcomeFilter(current);
        region.setItems(current.regions().stream().map(RegionFill::regionId).toList());

        showProgress(current.progress());
        regions.setItems(current.regions());

        recusalsTab.setVisible(steers);
        if (steers) {
            recusals.show(results.recusals(roundId), identitiesHidden, round.zone());
        }
        overrides.getColumnByKey("fullName").setVisible(!identitiesHidden);
        overrides.setItems(results.overrides(roundId));
        overridesTab.setVisible(current.decided());
    }

    private void showSummary(RoundResults current) {
        summary.removeAll();
        summary.add(figure("selectionResults.summary.alpha", ResultFigures.alpha(current.alpha(), locale)),
                figure("selectionResults.summary.candidates", String.valueOf(current.rows().size())),
                figure("selectionResults.summary.seats", String.valueOf(current.totalSeats())),
                figure("selectionResults.summary.selected", String.valueOf(current.selected())),
                figure("selectionResults.summary.reserve", String.valueOf(current.reserve())),
                figure("selectionResults.summary.discuss", String.valueOf(current.toDiscuss().size())));
        state.setText(current.decided()
                ? getTranslation("selectionResults.state.decided", time(round.getDecidedAt()))
                : getTranslation("selectionResults.state.proposal"));
        var reading = ResultFigures.Agreement.of(current.alpha());
        agreement.setText(getTranslation("selectionResults.agreementReading", getTranslation(
                "selectionResults.agreement." + reading.name())));
        agreement.getElement().setAttribute("data-agreement", reading.name().toLowerCase(Locale.ROOT));
    }

    private Div figure(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("results-figure-label");
        var number = new Span(value);
        number.addClassName("results-figure-value");
        var figure = new Div(number, label);
        figure.addClassName("results-figure");
        return figure;
    }

    private void showOutcomeFilter(RoundResults current) {
        outcome.clear();
        if (current.decided()) {
            outcome.setItems(List.<Enum<?>>of(Outcome.values()));
        } else {
            outcome.setItems(List.<Enum<?>>of(SeatOutcome.values()));
        }
    }

    private void showProgress(List<MemberProgress> members) {
        progress.removeAll();
        for (var member : members) {
            var figures = member.figures();
            var name = new Span(member.chair()
                    ? getTranslation("selectionResults.progress.chair", member.fullName())
                    : member.fullName());
            name.addClassName("results-progress-name");
            var bar = new ProgressBar(0, Math.max(1, figures.assigned()), figures.complete());
            var text = new Span(getTranslation("selectionResults.progress.figures", figures.complete(),
                    figures.assigned(), figures.partial(), figures.recused(), figures.undeclared()));
            text.addClassName(LumoUtility.TextColor.SECONDARY);
            var submitted = new Span(member.submittedAt() == null
                    ? getTranslation("selectionResults.progress.notSubmitted")
                    : getTranslation("selectionResults.progress.submitted", time(member.submittedAt())));
            var row = new Div(name, bar, text, submitted);
            row.addClassName("results-progress");
            progress.add(row);
        }
    }

    // ---- Ranking ----

    private Component rankingPanel() {
        region.setLabel(getTranslation("selectionResults.filter.region"));
        region.setItemLabelGenerator(id -> regionNames.getOrDefault(id, String.valueOf(id)));
        region.setClearButtonVisible(true);
        region.addValueChangeListener(change -> refreshRanking());
        outcome.setLabel(getTranslation("selectionResults.filter.outcome"));
        outcome.setItemLabelGenerator(this::outcomeLabel);
        outcome.setClearButtonVisible(true);
        outcome.addValueChangeListener(change -> refreshRanking());
        discussOnly.setLabel(getTranslation("selectionResults.filter.discuss"));
        discussOnly.addValueChangeListener(change -> refreshRanking());
        byZMean.setLabel(getTranslation("selectionResults.sortByZ"));
        byZMean.addValueChangeListener(change -> sortRanking());
        zNote.setText(getTranslation("selectionResults.sortByZ.note"));
        zNote.addClassName(LumoUtility.TextColor.SECONDARY);
        zNote.setVisible(false);
        var filters = new HorizontalLayout(region, outcome, discussOnly, byZMean);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        ranking.addColumn(ResultFigures::rank).setHeader(getTranslation("selectionResults.column.rank"))
                .setKey("rank").setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        ranking.addColumn(ResultRow::code).setHeader(getTranslation("selectionResults.column.code"))
                .setKey("code").setAutoWidth(true).setFlexGrow(0);
        // A hidden column's values still go to the browser, so a blind reader's rows carry no name at all.
        ranking.addColumn(row -> identitiesHidden ? null : row.fullName()).setHeader(getTranslation("selectionResults.column.fullName"))
                .setKey("fullName").setWidth("13rem").setFlexGrow(2);
        ranking.addColumn(row -> regionNames.get(row.regionId()))
                .setHeader(getTranslation("selectionResults.column.region")).setKey("region").setWidth("10rem")
                .setFlexGrow(1);
        ranking.addColumn(ResultRow::ratings).setHeader(getTranslation("selectionResults.column.ratings"))
                .setKey("ratings").setAutoWidth(true).setFlexGrow(0);
        figureColumn("mean", ResultRow::mean);
        figureColumn("median", ResultRow::median);
        figureColumn("sd", ResultRow::standardDeviation);
        figureColumn("z", ResultRow::zMean);
        ranking.addColumn(new ComponentRenderer<>(row -> badge(row.discuss(), "selectionResults.badge.discuss",
                BadgeVariant.WARNING))).setHeader(getTranslation("selectionResults.column.discuss"))
                .setKey("discuss").setAutoWidth(true).setFlexGrow(0);
        ranking.addColumn(row -> getTranslation("selection.seatOutcome." + row.proposed().name()))
                .setHeader(getTranslation("selectionResults.column.proposed")).setKey("proposed").setWidth("10rem")
                .setFlexGrow(1);
        ranking.addColumn(row -> row.outcome() == null ? "" : decided(row))
                .setHeader(getTranslation("selectionResults.column.decided")).setKey("decided").setWidth("9rem")
                .setFlexGrow(1);
        ranking.addColumn(new ComponentRenderer<>(row -> badge(row.overridden(), "selectionResults.badge.overridden",
                BadgeVariant.CONTRAST))).setHeader(getTranslation("selectionResults.column.overridden"))
                .setKey("overridden").setAutoWidth(true).setFlexGrow(0);
        ranking.addColumn(new ComponentRenderer<>(this::rowActions)).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        ranking.setPartNameGenerator(row -> row.discuss() ? "results-discuss" : null);
        ranking.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        ranking.setEmptyStateText(getTranslation("selectionResults.empty"));
        ranking.setSizeFull();

        var panel = new VerticalLayout(filters, zNote, ranking);
        panel.setPadding(false);
        panel.setSizeFull();
        return panel;
    }

    private void figureColumn(String key, ToDoubleFunction<ResultRow> value) {
        ranking.addColumn(row -> ResultFigures.figure(value.applyAsDouble(row), locale))
                .setHeader(getTranslation("selectionResults.column." + key)).setKey(key).setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(row -> "results-figure-cell");
    }

    private Component rowActions(ResultRow row) {
        var details = new Button(getTranslation("selectionResults.details"), click -> showBreakdown(row));
        details.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var cell = new HorizontalLayout(details);
        cell.setSpacing(false);
        if (role != null && role.chair() && shown != null && shown.phase() == RoundPhase.DECIDED) {
            var change = new Button(getTranslation("selectionResults.changePlace"),
                    click -> overrideDialog.ask(row, shownAs(row.code(), row.fullName())));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(change);
        }
        return cell;
    }

    private Component badge(boolean shownWhen, String key, BadgeVariant variant) {
        if (!shownWhen) {
            return new Span();
        }
        var badge = new Badge(getTranslation(key));
        badge.addThemeVariants(variant, BadgeVariant.SMALL);
        return badge;
    }

    private boolean matches(ResultRow row) {
        if (region.getValue() != null && row.regionId() != region.getValue()) {
            return false;
        }
        var wanted = outcome.getValue();
        if (wanted != null && wanted != (shown.decided() ? row.outcome() : row.proposed())) {
            return false;
        }
        return !discussOnly.getValue() || row.discuss();
    }

    private void refreshRanking() {
        if (rows != null) {
            rows.refreshAll();
        }
    }

    /** The ranking is by the mean, the stated rule; the z-mean order is offered only to look at. */
    private void sortRanking() {
        boolean byZ = byZMean.getValue();
        zNote.setVisible(byZ);
        if (rows == null) {
            return;
        }
        Comparator<ResultRow> order = byZ
                ? Comparator.comparingDouble((ResultRow row) -> Double.isNaN(row.zMean())
                        ? Double.NEGATIVE_INFINITY : row.zMean()).reversed().thenComparingInt(ResultRow::rank)
                : Comparator.comparingInt(ResultRow::rank);
        rows.setSortComparator(order::compare);
    }

    private String outcomeLabel(Enum<?> value) {
        return value instanceof Outcome decided
                ? getTranslation("selection.outcome." + decided.name())
                : getTranslation("selection.seatOutcome." + value.name());
    }

    private String decided(ResultRow row) {
        String text = getTranslation("selection.outcome." + row.outcome().name());
        return row.reservePosition() == null ? text
                : getTranslation("selectionResults.reservePlace", text, row.reservePosition());
    }

    private void showBreakdown(ResultRow row) {
        try {
            var criteria = round.getCriteria().stream()
                    .map(c -> new ResultsBreakdownDialog.Criterion(c.getId(), c.getName(), c.getScaleMin(),
                            c.getScaleMax()))
                    .toList();
            breakdown.show(results.breakdown(roundId, row.candidateId()), shownAs(row.code(), row.fullName()),
                    criteria, round.zone());
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    // ---- Regions and overrides ----

    private Component regionsPanel() {
        regions.addColumn(fill -> regionNames.getOrDefault(fill.regionId(), String.valueOf(fill.regionId())))
                .setHeader(getTranslation("selectionResults.column.region")).setKey("region").setFlexGrow(2);
        regions.addColumn(RegionFill::seats).setHeader(getTranslation("selectionResults.column.seats"))
                .setKey("seats").setAutoWidth(true);
        regions.addColumn(RegionFill::selected).setHeader(getTranslation("selectionResults.column.selected"))
                .setKey("selected").setAutoWidth(true);
        regions.addColumn(RegionFill::candidates).setHeader(getTranslation("selectionResults.column.candidates"))
                .setKey("candidates").setAutoWidth(true);
        regions.addColumn(fill -> fill.short_()
                        ? getTranslation("selectionResults.regions.short", fill.seats() - fill.selected()) : "")
                .setHeader(getTranslation("selectionResults.column.shortfall")).setKey("shortfall").setAutoWidth(true);
        regions.setPartNameGenerator(fill -> fill.short_() ? "results-short" : null);
        regions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        regions.setSizeFull();
        var note = new Paragraph(getTranslation("selectionResults.regions.note"));
        note.addClassName(LumoUtility.TextColor.SECONDARY);
        var panel = new VerticalLayout(note, regions);
        panel.setPadding(false);
        panel.setSizeFull();
        return panel;
    }

    private Component overridesPanel() {
        overrides.addColumn(o -> time(o.decidedAt())).setHeader(getTranslation("selectionResults.overrides.when"))
                .setKey("when").setAutoWidth(true).setFlexGrow(0);
        overrides.addColumn(OverrideRow::code).setHeader(getTranslation("selectionResults.column.code"))
                .setKey("code").setAutoWidth(true).setFlexGrow(0);
        overrides.addColumn(row -> identitiesHidden ? null : row.fullName()).setHeader(getTranslation("selectionResults.column.fullName"))
                .setKey("fullName").setWidth("12rem").setFlexGrow(1);
        overrides.addColumn(o -> getTranslation("selection.outcome." + o.from().name()) + " → "
                        + getTranslation("selection.outcome." + o.to().name()))
                .setHeader(getTranslation("selectionResults.overrides.change")).setKey("change").setAutoWidth(true);
        overrides.addColumn(OverrideRow::reason).setHeader(getTranslation("selectionResults.overrides.reason"))
                .setKey("reason").setFlexGrow(3);
        overrides.addColumn(OverrideRow::decidedBy).setHeader(getTranslation("selectionResults.overrides.by"))
                .setKey("by").setAutoWidth(true).setFlexGrow(0);
        overrides.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        overrides.setEmptyStateText(getTranslation("selectionResults.overrides.none"));
        overrides.setSizeFull();
        return overrides;
    }

    // ---- Acting ----

    private void buildConfirmDialogs() {
        decideDialog.setHeader(getTranslation("selectionResults.decide.title"));
        decideDialog.setConfirmText(getTranslation("selectionResults.decide.confirm"));
        decideDialog.setCancelable(true);
        decideDialog.setCancelText(getTranslation("selectionResults.dialog.back"));
        decideDialog.addConfirmListener(confirmed -> act(() -> results.decide(roundId),
                "selectionResults.decide.done"));
        publishDialog.setHeader(getTranslation("selectionResults.publish.title"));
        publishDialog.setConfirmText(getTranslation("selectionResults.publish.confirm"));
        publishDialog.setConfirmButtonTheme("success primary");
        publishDialog.setCancelable(true);
        publishDialog.setCancelText(getTranslation("selectionResults.dialog.back"));
        publishDialog.addConfirmListener(confirmed -> act(() -> results.publish(roundId),
                "selectionResults.publish.done"));
    }

    private void askToDecide() {
        decideDialog.setText(getTranslation("selectionResults.decide.text", shown.rows().size()));
        decideDialog.open();
    }

    private void askToPublish() {
        publishDialog.setText(getTranslation("selectionResults.publish.text", shown.rows().size(), shown.selected(),
                round.getProgramme(), String.valueOf(round.getYear())));
        publishDialog.open();
    }

    /** Runs a step of the round, then shows the results it returns; a refusal is shown and changes nothing. */
    private void act(Supplier<RoundResults> step, String doneKey) {
        try {
            var after = step.get();
            round = rounds.get(roundId).orElseThrow(() -> new UserFacingException("error.notFound"));
            show(after);
            Notifications.success(getTranslation(doneKey));
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void override(long candidateId, Outcome to, String reason) {
        show(results.override(roundId, candidateId, to, reason));
        Notifications.success(getTranslation("selectionResults.override.done"));
    }

    // ---- Files ----

    @FunctionalInterface
    private interface Export {
        byte[] make(long roundId, Locale locale);
    }

    private Anchor download(String labelKey, String namePrefix, String extension, String contentType,
            LongSupplier round, Export export) {
        var anchor = DownloadLink.of(getTranslation(labelKey), () -> namePrefix + round.getAsLong() + extension,
                contentType, out -> out.write(export.make(round.getAsLong(), locale)));
        anchor.addClassName("results-download");
        return anchor;
    }

    // ---- Words ----

    private String shownAs(String code, String fullName) {
        return identitiesHidden || fullName == null ? code : code + " · " + fullName;
    }

    private String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = round == null ? ZoneId.systemDefault() : round.zone();
        return when.format(instant.atZone(zone));
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("selectionResults.title")
                : getTranslation("selectionResults.titleOf", round.getTitle());
    }
}
