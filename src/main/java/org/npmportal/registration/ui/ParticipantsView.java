package org.npmportal.registration.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import org.npmportal.base.ui.DownloadLink;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.Texts;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.ui.Notifications;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.npmportal.registration.ParticipantCounts;
import org.npmportal.registration.ParticipantExport;
import org.npmportal.registration.ParticipantFilter;
import org.npmportal.registration.ParticipantRow;
import org.npmportal.registration.CertificateService;
import org.npmportal.registration.ParticipantService;
import org.npmportal.registration.RegistrationRequest;
import org.npmportal.registration.RegistrationStatus;
import org.npmportal.registration.SeminarOutline;
import org.npmportal.security.Role;
import org.npmportal.seminar.SeminarService;

/**
 * A seminar's participants for its organisers: the counts, a filtered list that loads page by page,
 * decisions on chosen people (approve, reject, cancel), mail to groups, invitations and exports.
 * Reached from the seminar editor as {@code seminars/{id}/participants}.
 */
@Route("seminars/:" + ParticipantsView.SEMINAR_ID + "([0-9]{1,18})/participants")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN})
class ParticipantsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SEMINAR_ID = "seminarId";

    final H2 title = new H2();
    final Span dates = new Span();
    final Div counts = new Div();
    final Anchor seminarLink = new Anchor();
    final Anchor checkInLink = new Anchor();
    final TextField search = new TextField();
    final MultiSelectComboBox<RegistrationStatus> statuses = new MultiSelectComboBox<>();
    final ComboBox<Region> region = new ComboBox<>();
    final Grid<ParticipantRow> grid = new Grid<>();
    final Span selection = new Span();
    final Button approve = new Button();
    final Button reject = new Button();
    final Button cancel = new Button();
    final Button write = new Button();
    final Button invite = new Button();
    final Button certificates = new Button();
    final Anchor exportCsv;
    final Anchor exportExcel;
    final DecisionDialog rejectDialog;
    final DecisionDialog cancelDialog;
    final MessageDialog messageDialog;
    final InviteDialog inviteDialog;

    private final ParticipantService participants;
    private final Locale locale;
    /** The seminar and the filter as last shown, read again by downloads, which run in requests of their own. */
    private volatile SeminarOutline seminar;
    private volatile ParticipantFilter filter = ParticipantFilter.all();

    ParticipantsView(ParticipantService participants, CertificateService certificateService,
            DirectoryService directory, ParticipantExport export) {
        this.participants = participants;
        this.locale = getLocale();
        setSizeFull();
        addClassName("participants");

        rejectDialog = new DecisionDialog("participants.reject", message -> decide("participants.reject.done",
                () -> participants.reject(seminar.id(), chosenIds(), message)));
        cancelDialog = new DecisionDialog("participants.cancel", message -> decide("participants.cancel.done",
                () -> participants.cancel(seminar.id(), chosenIds(), message)));
        messageDialog = new MessageDialog(this::writeToGroups);
        inviteDialog = new InviteDialog(participants);

        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        dates.addClassName(LumoUtility.TextColor.SECONDARY);
        counts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        counts.setId("participant-counts");
        seminarLink.setText(getTranslation("participants.toSeminar"));
        checkInLink.setText(getTranslation("participants.toCheckIn"));
        var links = new HorizontalLayout(seminarLink, checkInLink);

        search.setLabel(getTranslation("participants.filter.text"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(RegistrationRequest.EMAIL_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        statuses.setLabel(getTranslation("participants.filter.statuses"));
        statuses.setItems(RegistrationStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation("registration.status." + status.name()));
        statuses.setClearButtonVisible(true);
        region.setLabel(getTranslation("participants.filter.region"));
        region.setItems(directory.regions());
        region.setItemLabelGenerator(r -> r.name(locale));
        region.setClearButtonVisible(true);
        search.addValueChangeListener(change -> filterChanged());
        statuses.addValueChangeListener(change -> filterChanged());
        region.addValueChangeListener(change -> filterChanged());
        var filters = new HorizontalLayout(search, statuses, region);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        action(approve, "participants.approve", VaadinIcon.CHECK, click -> approveChosen());
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        action(reject, "participants.reject", VaadinIcon.BAN, click -> rejectDialog.ask(chosenIds().size()));
        action(cancel, "participants.cancel", VaadinIcon.CLOSE_CIRCLE, click -> cancelDialog.ask(chosenIds().size()));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        action(write, "participants.write", VaadinIcon.ENVELOPE,
                click -> messageDialog.ask(participants.counts(seminar.id())));
        action(invite, "participants.invite", VaadinIcon.USER_CHECK,
                click -> inviteDialog.ask(seminar.id(), seminar.zone()));
        action(certificates, "participants.certificates", VaadinIcon.DIPLOMA, click -> decide(
                "participants.certificates.done", () -> certificateService.issue(seminar.id())));
        certificates.setTooltipText(getTranslation("participants.certificates.help"));
        exportCsv = download("participants.exportCsv", ".csv", "text/csv; charset=UTF-8", export::writeCsv);
        exportExcel = download("participants.exportExcel", ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export::writeXlsx);
        selection.addClassName(LumoUtility.TextColor.SECONDARY);
        var actions = new HorizontalLayout(approve, reject, cancel, selection, write, invite, certificates,
                exportCsv, exportExcel);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ParticipantRow::fullName).setHeader(getTranslation("participants.column.fullName"))
                .setKey("fullName").setSortProperty("fullName").setWidth("14rem").setFlexGrow(2);
        grid.addColumn(ParticipantRow::email).setHeader(getTranslation("participants.column.email"))
                .setKey("email").setWidth("14rem").setFlexGrow(1);
        grid.addColumn(ParticipantRow::organisation).setHeader(getTranslation("participants.column.organisation"))
                .setKey("organisation").setWidth("12rem").setFlexGrow(1);
        grid.addColumn(ParticipantRow::position).setHeader(getTranslation("participants.column.position"))
                .setKey("position").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(row -> row.regionName(locale)).setHeader(getTranslation("participants.column.region"))
                .setKey("region").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(row -> row.language().nativeName()).setHeader(getTranslation("participants.column.language"))
                .setKey("language").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::status).setHeader(getTranslation("participants.column.status"))
                .setKey("status").setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ParticipantRow::needs).setHeader(getTranslation("participants.column.needs"))
                .setKey("needs").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(row -> getTranslation(row.consentListing() ? "participants.yes" : "participants.no"))
                .setHeader(getTranslation("participants.column.consentListing")).setKey("consentListing")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> time(row.createdAt())).setHeader(getTranslation("participants.column.createdAt"))
                .setKey("createdAt").setSortProperty("createdAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> time(row.emailConfirmedAt()))
                .setHeader(getTranslation("participants.column.emailConfirmedAt")).setKey("emailConfirmedAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ParticipantRow::attendedDays).setHeader(getTranslation("participants.column.attendedDays"))
                .setKey("attendedDays").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("participants.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addSelectionListener(change -> showSelection());
        grid.setSizeFull();

        var header = new VerticalLayout(title, dates, counts, links);
        header.setPadding(false);
        header.setSpacing(false);
        add(header, filters, actions, grid);
        showSelection();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SeminarOutline> found = RouteNumbers.of(event, SEMINAR_ID)
                .flatMap(participants::seminar);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        seminar = found.get();
        title.setText(seminar.title());
        dates.setText(SeminarDates.span(seminar, locale));
        seminarLink.setHref("seminars/" + seminar.id());
        checkInLink.setHref("seminars/" + seminar.id() + "/check-in");
        certificates.setVisible(seminar.status() == org.npmportal.seminar.SeminarStatus.COMPLETED);
        grid.setItems(new CallbackDataProvider<ParticipantRow, Void>(
                query -> participants.list(seminar.id(), filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> (int) participants.count(seminar.id(), filter), ParticipantRow::id));
        showCounts(participants.counts(seminar.id()));
    }

    private void action(Button button, String key, VaadinIcon icon,
            ComponentEventListener<ClickEvent<Button>> onClick) {
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addClickListener(onClick);
    }

    private void filterChanged() {
        filter = new ParticipantFilter(Set.copyOf(statuses.getValue()), Texts.blankToNull(search.getValue()),
                region.getValue() == null ? null : region.getValue().getId());
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private List<Long> chosenIds() {
        return grid.getSelectedItems().stream().map(ParticipantRow::id).toList();
    }

    private void showSelection() {
        int chosen = grid.getSelectedItems().size();
        selection.setText(getTranslation("participants.selected", chosen));
        for (Button button : List.of(approve, reject, cancel)) {
            button.setEnabled(chosen > 0);
        }
    }

    private void showCounts(ParticipantCounts current) {
        counts.removeAll();
        List<String> parts = new ArrayList<>();
        long confirmed = current.of(RegistrationStatus.CONFIRMED);
        parts.add(current.capacity() == null
                ? getTranslation("participants.counts.confirmedNoCapacity", confirmed)
                : getTranslation("participants.counts.confirmed", confirmed, current.capacity()));
        parts.add(getTranslation("participants.counts.offered", current.of(RegistrationStatus.OFFERED)));
        parts.add(getTranslation("participants.counts.waitlisted", current.of(RegistrationStatus.WAITLISTED)));
        parts.add(getTranslation("participants.counts.awaitingApproval",
                current.of(RegistrationStatus.AWAITING_APPROVAL)));
        parts.add(getTranslation("participants.counts.pending", current.of(RegistrationStatus.PENDING)));
        parts.forEach(text -> {
            var part = new Span(text);
            part.addClassNames(LumoUtility.Padding.Horizontal.SMALL, LumoUtility.BorderRadius.MEDIUM,
                    LumoUtility.Background.CONTRAST_5);
            counts.add(part);
        });
        boolean approvals = seminar.approvalRequired() || current.of(RegistrationStatus.AWAITING_APPROVAL) > 0;
        approve.setVisible(approvals);
        reject.setVisible(approvals);
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        showCounts(participants.counts(seminar.id()));
    }

    private void approveChosen() {
        try {
            var result = participants.approve(seminar.id(), chosenIds());
            String text = getTranslation("participants.approve.done", result.seated(), result.waitlisted());
            if (result.skipped() > 0) {
                text += " " + getTranslation("participants.skipped", result.skipped());
            }
            Notifications.success(text);
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh();
    }

    /**
     * Runs a decision from a dialog and says whether it was made; a bad message goes back to the dialog,
     * which shows it on the field.
     */
    private boolean decide(String doneKey, IntSupplier decision) {
        int done;
        try {
            done = decision.getAsInt();
        } catch (UserFacingException refused) {
            if (refused instanceof InvalidInputException invalid) {
                throw invalid;
            }
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            return false;
        }
        Notifications.success(getTranslation(doneKey, done));
        refresh();
        return true;
    }

    private void writeToGroups(Set<RegistrationStatus> groups, String subject, String body) {
        int written = participants.write(seminar.id(), groups, subject, body);
        messageDialog.close();
        Notifications.success(getTranslation("participants.write.done", written));
    }

    private String status(ParticipantRow row) {
        String text = getTranslation("registration.status." + row.status().name());
        return row.placeInQueue() > 0 ? getTranslation("participants.status.waitlisted", text, row.placeInQueue())
                : text;
    }

    private String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = seminar == null ? ZoneId.systemDefault() : seminar.zone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    private Anchor download(String labelKey, String extension, String contentType, ExportWriter writer) {
        var anchor = DownloadLink.of(getTranslation(labelKey), () -> "participants-" + seminar.id() + extension,
                contentType, out -> writer.write(participants.all(seminar.id(), filter), seminar.zone(), locale, out));
        anchor.setTitle(getTranslation("participants.export.help", SeminarService.MAX_ROWS));
        return anchor;
    }

    @FunctionalInterface
    private interface ExportWriter {
        void write(List<ParticipantRow> rows, ZoneId zone, Locale locale, OutputStream out) throws IOException;
    }

    @Override
    public String getPageTitle() {
        return seminar == null ? getTranslation("participants.title")
                : getTranslation("participants.titleOf", seminar.title());
    }
}
