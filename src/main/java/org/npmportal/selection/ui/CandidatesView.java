package org.npmportal.selection.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.npmportal.base.ui.DownloadLink;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.Texts;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.ui.Notifications;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.npmportal.selection.Candidate;
import org.npmportal.selection.CandidateCounts;
import org.npmportal.selection.CandidateExport;
import org.npmportal.selection.CandidateFilter;
import org.npmportal.selection.CandidateRow;
import org.npmportal.selection.CandidateService;
import org.npmportal.selection.CandidateStatus;
import org.npmportal.selection.SelectionRound;
import org.npmportal.selection.SelectionService;
import org.npmportal.security.Role;

/**
 * A round's candidates for its organisers: counts by status, a filtered list that loads page by page, add,
 * edit, withdraw, attach a CV, import a CSV file, and export the list. Reached from the round as
 * {@code selection/{id}/candidates}.
 */
@Route("selection/:" + CandidatesView.ROUND_ID + "([0-9]{1,18})/candidates")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN})
class CandidatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUND_ID = "roundId";

    final H2 title = new H2();
    final Span phase = new Span();
    final Div counts = new Div();
    final Anchor roundLink = new Anchor();
    final Anchor applicationLink = new Anchor();
    final TextField search = new TextField();
    final MultiSelectComboBox<CandidateStatus> statuses = new MultiSelectComboBox<>();
    final ComboBox<Region> region = new ComboBox<>();
    final Grid<CandidateRow> grid = new Grid<>();
    final Button add = new Button();
    final Button edit = new Button();
    final Button withdraw = new Button();
    final Button attachCv = new Button();
    final Anchor downloadCv;
    final Button importCsv = new Button();
    final Anchor exportCsv;
    final Anchor exportExcel;
    final CandidateDialog candidateDialog;
    final WithdrawDialog withdrawDialog;
    final CvDialog cvDialog;
    final ImportDialog importDialog;

    private final CandidateService candidates;
    private final SelectionService rounds;
    private final Locale locale;
    /** The round and the filter as last shown, read again by downloads, which run in requests of their own. */
    private volatile SelectionRound round;
    private volatile CandidateFilter filter = CandidateFilter.all();
    private volatile CandidateRow chosen;

    CandidatesView(CandidateService candidates, SelectionService rounds, DirectoryService directory,
            CandidateExport export) {
        this.candidates = candidates;
        this.rounds = rounds;
        this.locale = getLocale();
        setSizeFull();
        addClassName("candidates");
        List<Region> regions = directory.regions();

        candidateDialog = new CandidateDialog(regions, this::save);
        withdrawDialog = new WithdrawDialog(reason -> act("selectionCandidates.withdraw.done",
                () -> candidates.withdraw(chosen.id(), reason)));
        cvDialog = new CvDialog(candidates, this::refresh);
        importDialog = new ImportDialog(candidates, this::refresh);

        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        phase.addClassName(LumoUtility.TextColor.SECONDARY);
        counts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        counts.setId("candidate-counts");
        roundLink.setText(getTranslation("selectionCandidates.toRound"));
        applicationLink.setText(getTranslation("selectionCandidates.toApplicationForm"));
        applicationLink.setTarget("_blank");
        var links = new HorizontalLayout(roundLink, applicationLink);

        search.setLabel(getTranslation("selectionCandidates.filter.text"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(Candidate.EMAIL_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        statuses.setLabel(getTranslation("selectionCandidates.filter.statuses"));
        statuses.setItems(CandidateStatus.values());
        statuses.setItemLabelGenerator(this::statusText);
        statuses.setClearButtonVisible(true);
        region.setLabel(getTranslation("selectionCandidates.filter.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.name(locale));
        region.setClearButtonVisible(true);
        search.addValueChangeListener(change -> filterChanged());
        statuses.addValueChangeListener(change -> filterChanged());
        region.addValueChangeListener(change -> filterChanged());
        var filters = new HorizontalLayout(search, statuses, region);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        action(add, "selectionCandidates.add", VaadinIcon.PLUS, click -> addCandidate());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        action(edit, "selectionCandidates.edit", VaadinIcon.EDIT, click -> editChosen());
        action(withdraw, "selectionCandidates.withdraw", VaadinIcon.CLOSE_CIRCLE,
                click -> withdrawDialog.ask(chosen.code(), chosen.fullName()));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        action(attachCv, "selectionCandidates.attachCv", VaadinIcon.UPLOAD, click -> cvDialog.ask(chosen.id(),
                chosen.code()));
        downloadCv = cvDownload();
        action(importCsv, "selectionCandidates.import", VaadinIcon.FILE_TABLE, click -> importDialog.ask(round.getId()));
        exportCsv = download("selectionCandidates.exportCsv", ".csv", "text/csv; charset=UTF-8", export::writeCsv);
        exportExcel = download("selectionCandidates.exportExcel", ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export::writeXlsx);
        var actions = new HorizontalLayout(add, edit, withdraw, attachCv, downloadCv, importCsv, exportCsv,
                exportExcel);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.addColumn(CandidateRow::code).setHeader(getTranslation("selectionCandidates.column.code"))
                .setKey("code").setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CandidateRow::fullName).setHeader(getTranslation("selectionCandidates.column.fullName"))
                .setKey("fullName").setSortProperty("fullName").setWidth("14rem").setFlexGrow(2);
        grid.addColumn(CandidateRow::email).setHeader(getTranslation("selectionCandidates.column.email"))
                .setKey("email").setWidth("14rem").setFlexGrow(1);
        grid.addColumn(CandidateRow::organisation)
                .setHeader(getTranslation("selectionCandidates.column.organisation"))
                .setKey("organisation").setWidth("12rem").setFlexGrow(1);
        grid.addColumn(row -> row.regionName(locale)).setHeader(getTranslation("selectionCandidates.column.region"))
                .setKey("region").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(row -> statusText(row.status()))
                .setHeader(getTranslation("selectionCandidates.column.status")).setKey("status")
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation("selection.candidate.source." + row.source().name()))
                .setHeader(getTranslation("selectionCandidates.column.source")).setKey("source")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> time(row.createdAt())).setHeader(getTranslation("selectionCandidates.column.createdAt"))
                .setKey("createdAt").setSortProperty("createdAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> time(row.confirmedAt()))
                .setHeader(getTranslation("selectionCandidates.column.confirmedAt")).setKey("confirmedAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.hasCv() ? "selectionCandidates.yes" : "selectionCandidates.no"))
                .setHeader(getTranslation("selectionCandidates.column.cv")).setKey("cv")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("selectionCandidates.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.addSelectionListener(change -> {
            chosen = change.getFirstSelectedItem().orElse(null);
            showChoice();
        });
        grid.addItemDoubleClickListener(click -> {
            grid.select(click.getItem());
            editChosen();
        });
        grid.setSizeFull();

        var header = new VerticalLayout(title, phase, counts, links);
        header.setPadding(false);
        header.setSpacing(false);
        add(header, filters, actions, grid);
        showChoice();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SelectionRound> found = RouteNumbers.of(event, ROUND_ID).flatMap(rounds::get);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        round = found.get();
        title.setText(getTranslation("selectionCandidates.titleOf", round.getTitle()));
        roundLink.setHref("selection/" + round.getId());
        applicationLink.setHref("apply/" + round.getId());
        grid.setItems(new CallbackDataProvider<CandidateRow, Void>(
                query -> candidates.page(round.getId(), filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> (int) candidates.count(round.getId(), filter), CandidateRow::id));
        showRound();
    }

    private void showRound() {
        boolean editable = round.getPhase().candidatesEditable();
        phase.setText(getTranslation("selectionCandidates.phase." + round.getPhase().name()));
        add.setEnabled(editable);
        importCsv.setEnabled(editable);
        showCounts(candidates.counts(round.getId()));
        showChoice();
    }

    private void action(Button button, String key, VaadinIcon icon,
            ComponentEventListener<ClickEvent<Button>> onClick) {
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addClickListener(onClick);
    }

    private void filterChanged() {
        filter = new CandidateFilter(Set.copyOf(statuses.getValue()), Texts.blankToNull(search.getValue()),
                region.getValue() == null ? null : region.getValue().getId());
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private void showChoice() {
        boolean editable = round != null && round.getPhase().candidatesEditable();
        boolean one = chosen != null;
        edit.setEnabled(one && editable);
        withdraw.setEnabled(one && editable && chosen.status() != CandidateStatus.WITHDRAWN);
        attachCv.setEnabled(one && editable);
        downloadCv.setEnabled(one && chosen.hasCv());
        downloadCv.setVisible(one && chosen.hasCv());
    }

    private void showCounts(CandidateCounts current) {
        counts.removeAll();
        counts.add(part(getTranslation("selectionCandidates.counts.total", current.total())));
        for (CandidateStatus status : CandidateStatus.values()) {
            counts.add(part(getTranslation("selectionCandidates.counts." + status.name(), current.of(status))));
        }
    }

    private static Span part(String text) {
        var part = new Span(text);
        part.addClassNames(LumoUtility.Padding.Horizontal.SMALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.CONTRAST_5);
        return part;
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        round = rounds.get(round.getId()).orElse(round);
        showRound();
    }

    private void addCandidate() {
        var candidate = new Candidate();
        candidate.setLanguage(Language.of(locale));
        candidateDialog.edit(candidate);
    }

    private void editChosen() {
        if (chosen == null) {
            return;
        }
        var stored = candidates.get(chosen.id());
        if (stored.isEmpty()) {
            Notifications.error(getTranslation("error.notFound"));
            refresh();
            return;
        }
        candidateDialog.edit(stored.get());
    }

    /** Saves from the dialog; field problems go back to it, anything else is a notification. */
    private boolean save(Candidate candidate) {
        boolean isNew = candidate.getId() == null;
        return act(isNew ? "selectionCandidates.add.done" : "selectionCandidates.edit.done",
                () -> isNew ? candidates.add(round.getId(), candidate) : candidates.update(candidate));
    }

    /** Runs a change and says whether it was made; bad input goes back to the dialog that asked. */
    private boolean act(String doneKey, Supplier<Candidate> change) {
        Candidate done;
        try {
            done = change.get();
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            return false;
        }
        Notifications.success(getTranslation(doneKey, done.getCode(), done.getFullName()));
        refresh();
        return true;
    }

    private String statusText(CandidateStatus status) {
        return getTranslation("selection.candidate.status." + status.name());
    }

    private String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = round == null ? ZoneId.systemDefault() : round.zone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    private Anchor cvDownload() {
        var handler = CvDownload.of(() -> chosen == null ? Optional.empty() : candidates.cv(chosen.id()));
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("selectionCandidates.downloadCv"));
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        return anchor;
    }

    private Anchor download(String labelKey, String extension, String contentType, ExportWriter writer) {
        var anchor = DownloadLink.of(getTranslation(labelKey), () -> "candidates-" + round.getId() + extension,
                contentType, out -> writer.write(candidates.all(round.getId(), filter), round.zone(), locale, out));
        anchor.setTitle(getTranslation("selectionCandidates.export.help", CandidateService.EXPORT_MAX_ROWS));
        return anchor;
    }

    @FunctionalInterface
    private interface ExportWriter {
        void write(List<CandidateRow> rows, ZoneId zone, Locale locale, OutputStream out) throws IOException;
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("selectionCandidates.title")
                : getTranslation("selectionCandidates.titleOf", round.getTitle());
    }
}
