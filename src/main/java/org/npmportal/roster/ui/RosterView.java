package org.npmportal.roster.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.npmportal.base.ui.DownloadLink;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.npmportal.roster.RosterExport;
import org.npmportal.roster.RosterExport.Format;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterPdf;
import org.npmportal.roster.RosterService;
import org.npmportal.roster.TrainingService;
import org.npmportal.security.Role;

/**
 * One roster: its members, coverage against the targets, the comparison with the year before, training and
 * the regional contact sheet, each on a tab; the team as CSV, Excel or PDF; and for organisers, editing the
 * roster and carrying it over to next year. Reached as {@code rosters/{id}}.
 */
@Route("rosters/:" + RosterView.ROSTER_ID + "([0-9]{1,18})")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN, Role.Name.COMMISSION})
class RosterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROSTER_ID = "rosterId";

    final Anchor back = new Anchor("rosters");
    final H2 title = new H2();
    final Span period = new Span();
    final Anchor previous = new Anchor();
    final Anchor next = new Anchor();
    final Span carriedFrom = new Span();
    final Button edit = new Button();
    final Button carryOver = new Button();
    final Anchor visits = new Anchor();
    final Anchor exportCsv;
    final Anchor exportExcel;
    final Anchor exportPdf;
    final TabSheet tabs = new TabSheet();
    final MembersTab members;
    final CoverageTab coverage;
    final ComparisonTab comparison;
    final TrainingTab training;
    final ContactsTab contacts;
    final RosterDialog rosterDialog;
    final CarryOverDialog carryOverDialog;

    private final RosterService rosters;
    private final Locale locale;
    /** The roster as last shown, read again by downloads, which run in requests of their own. */
    private volatile RosterOutline roster;

    RosterView(RosterService rosters, TrainingService trainingService, DirectoryService directory,
            RosterExport export, RosterPdf pdf) {
        this.rosters = rosters;
        this.locale = getLocale();
        setSizeFull();
        addClassName("roster-view");
        List<Region> regions = directory.regions();
        rosterDialog = new RosterDialog(rosters, regions, saved -> show(saved.id()));
        carryOverDialog = new CarryOverDialog(rosters, result -> UI.getCurrent().navigate("rosters/" + result.rosterId()));
        members = new MembersTab(rosters, regions, this::refreshTabs);
        coverage = new CoverageTab(rosters, export);
        comparison = new ComparisonTab(rosters);
        training = new TrainingTab(trainingService, rosters);
        contacts = new ContactsTab(rosters, regions);

        back.setText(getTranslation("roster.back"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        period.addClassName(LumoUtility.TextColor.SECONDARY);
        carriedFrom.addClassName(LumoUtility.TextColor.SECONDARY);
        boolean mayEdit = rosters.mayEdit();
        edit.setText(getTranslation("roster.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(click -> rosterDialog.edit(roster));
        edit.setVisible(mayEdit);
        carryOver.setText(getTranslation("roster.carryOver"));
        carryOver.setIcon(VaadinIcon.ARROW_FORWARD.create());
        carryOver.addClickListener(click -> carryOverDialog.ask(roster));
        carryOver.setVisible(mayEdit);
        visits.setText(getTranslation("roster.visits"));
        exportCsv = RosterUi.download(this, "roster.export.teamCsv", Format.CSV,
                f -> RosterExport.fileName(roster.title(), "", f),
                (format, out) -> export.writeMembers(roster, rosters.allMembers(roster.id(), members.filter()), format,
                        locale, out));
        exportExcel = RosterUi.download(this, "roster.export.teamXlsx", Format.XLSX,
                f -> RosterExport.fileName(roster.title(), "", f),
                (format, out) -> export.writeMembers(roster, rosters.allMembers(roster.id(), members.filter()), format,
                        locale, out));
        exportPdf = DownloadLink.of(getTranslation("roster.export.pdf"),
                () -> RosterExport.fileName(roster.title(), "", ".pdf"), "application/pdf",
                out -> out.write(pdf.render(roster, rosters.allMembers(roster.id(), members.filter()), rosters.today(),
                        locale)));
        exportPdf.addClassName("roster-download");

        var links = new HorizontalLayout(back, previous, next, carriedFrom);
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        links.setWrap(true);
        var actions = new HorizontalLayout(edit, carryOver, visits, exportCsv, exportExcel, exportPdf);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        var header = new VerticalLayout(links, title, period, actions);
        header.setPadding(false);
        header.setSpacing(false);

        tabs.add(new Tab(getTranslation("roster.tab.members")), members);
        tabs.add(new Tab(getTranslation("roster.tab.coverage")), coverage);
        tabs.add(new Tab(getTranslation("roster.tab.comparison")), comparison);
        tabs.add(new Tab(getTranslation("roster.tab.training")), training);
        tabs.add(new Tab(getTranslation("roster.tab.contacts")), contacts);
        tabs.addSelectedChangeListener(change -> refreshTabs());
        tabs.setSizeFull();
        add(header, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<RosterOutline> found = RouteNumbers.of(event, ROSTER_ID).flatMap(rosters::roster);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(long rosterId) {
        rosters.roster(rosterId).ifPresent(this::show);
    }

    private void show(RosterOutline shown) {
        this.roster = shown;
        title.setText(shown.title());
        period.setText(getTranslation("roster.period", RosterUi.period(shown.startsOn(), shown.endsOn(), locale),
                shown.programme()));
        link(previous, shown.previousId(), "roster.previous", shown.previousTitle());
        link(next, shown.nextId(), "roster.next", null);
        carriedFrom.setText(shown.carriedOverFromTitle() == null ? ""
                : getTranslation("roster.carriedOverFrom", shown.carriedOverFromTitle()));
        carriedFrom.setVisible(shown.carriedOverFromTitle() != null);
        carryOver.setText(getTranslation(shown.nextId() == null ? "roster.carryOver" : "roster.carryOver.more",
                shown.year() + 1));
        visits.setHref("rosters/" + shown.id() + "/visits");
        members.show(shown);
        refreshTabs();
    }

    /** Only the tab on screen reads from the database; the others catch up when they are chosen. */
    private void refreshTabs() {
        if (roster == null) {
            return;
        }
        var selected = tabs.getSelectedIndex();
        switch (selected) {
            case 1 -> coverage.show(roster);
            case 2 -> comparison.show(roster);
            case 3 -> training.show(roster);
            case 4 -> contacts.show(roster);
            default -> {
            }
        }
    }

    private void link(Anchor anchor, Long rosterId, String key, String rosterTitle) {
        anchor.setVisible(rosterId != null);
        if (rosterId != null) {
            anchor.setHref("rosters/" + rosterId);
            anchor.setText(getTranslation(key, rosterTitle == null ? "" : rosterTitle));
        }
    }

    @Override
    public String getPageTitle() {
        return roster == null ? getTranslation("nav.rosters") : roster.title();
    }
}
