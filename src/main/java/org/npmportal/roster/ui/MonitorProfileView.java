package org.npmportal.roster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.registration.SeminarAttended;
import org.npmportal.roster.MemberHistoryRow;
import org.npmportal.roster.Membership;
import org.npmportal.roster.MonitorProfile;
import org.npmportal.roster.ProfileTraining;
import org.npmportal.roster.RosterService;
import org.npmportal.roster.TrainingService;
import org.npmportal.roster.visit.MonitorVisits;
import org.npmportal.roster.visit.VisitService;
import org.npmportal.security.Role;

/**
 * A monitor across the years: every roster they were on with the history of their role and status there,
 * the seminars they attended (their registrations matched by e-mail address), where they stand on each
 * roster's training requirements, and their visits. Reached from a member as {@code rosters/members/{id}}.
 */
@Route("rosters/members/:" + MonitorProfileView.MEMBER_ID + "([0-9]{1,18})")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN, Role.Name.COMMISSION})
class MonitorProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String MEMBER_ID = "memberId";

    final H2 name = new H2();
    final Paragraph contact = new Paragraph();
    final Div memberships = new Div();
    final Grid<SeminarAttended> seminars = new Grid<>();
    final Div trainingStatus = new Div();
    final Grid<MonitorVisits> visitCounts = new Grid<>();

    private final RosterService rosters;
    private final TrainingService training;
    private final VisitService visits;
    private final Locale locale;
    private MonitorProfile profile;

    MonitorProfileView(RosterService rosters, TrainingService training, VisitService visits) {
        this.rosters = rosters;
        this.training = training;
        this.visits = visits;
        this.locale = getLocale();
        addClassName("monitor-profile");
        name.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        contact.addClassName(LumoUtility.TextColor.SECONDARY);

        seminars.addColumn(SeminarAttended::title).setHeader(getTranslation("roster.profile.seminar"))
                .setFlexGrow(1);
        seminars.addColumn(s -> RosterUi.period(s.firstDay(), s.lastDay(), locale))
                .setHeader(getTranslation("roster.profile.dates")).setAutoWidth(true).setFlexGrow(0);
        seminars.addColumn(SeminarAttended::city).setHeader(getTranslation("roster.profile.city")).setAutoWidth(true)
                .setFlexGrow(0);
        seminars.addColumn(s -> getTranslation("roster.profile.daysPresent", s.daysAttended(), s.days()))
                .setHeader(getTranslation("roster.profile.present")).setAutoWidth(true).setFlexGrow(0);
        seminars.addColumn(s -> getTranslation(s.certificate() ? "roster.yes" : "roster.no"))
                .setHeader(getTranslation("roster.profile.certificate"))
                .setAutoWidth(true).setFlexGrow(0);
        seminars.setAllRowsVisible(true);
        seminars.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        seminars.setEmptyStateText(getTranslation("roster.profile.noSeminars"));

        visitCounts.addColumn(MonitorVisits::rosterTitle).setHeader(getTranslation("roster.profile.roster"))
                .setFlexGrow(1);
        visitCounts.addColumn(v -> v.delays().visits()).setHeader(getTranslation("roster.profile.visits"))
                .setAutoWidth(true).setFlexGrow(0);
        visitCounts.addColumn(v -> v.delays().published()).setHeader(getTranslation("roster.profile.reports"))
                .setAutoWidth(true).setFlexGrow(0);
        visitCounts.addColumn(v -> v.delays().medianDays() == null ? "–"
                        : String.format(locale, "%.1f", v.delays().medianDays()))
                .setHeader(getTranslation("roster.profile.medianDays")).setAutoWidth(true).setFlexGrow(0);
        visitCounts.setAllRowsVisible(true);
        visitCounts.addThemeVariants(GridVariant.LUMO_COMPACT);
        visitCounts.setEmptyStateText(getTranslation("roster.profile.noVisits"));

        add(name, contact, new H3(getTranslation("roster.profile.rosters")), memberships,
                new H3(getTranslation("roster.profile.seminars")), seminars,
                new H3(getTranslation("roster.profile.training")), trainingStatus,
                new H3(getTranslation("roster.profile.visitsTitle")), visitCounts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<MonitorProfile> found = RouteNumbers.of(event, MEMBER_ID).flatMap(rosters::profile);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(MonitorProfile shown) {
        this.profile = shown;
        name.setText(shown.fullName());
        contact.setText(Stream.of(shown.email(), shown.phone(), shown.organisation())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · ")));
        memberships.removeAll();
        shown.memberships().forEach(m -> memberships.add(membership(m)));
        ProfileTraining trained = training.profile(shown.email());
        seminars.setItems(trained.attended());
        trainingStatus.removeAll();
        if (trained.rosters().isEmpty()) {
            trainingStatus.add(new Paragraph(getTranslation("roster.profile.noRequirements")));
        }
        for (ProfileTraining.RosterTraining rosterTraining : trained.rosters()) {
            var line = new Div(new Span(rosterTraining.rosterTitle() + ": "));
            rosterTraining.requirements().forEach(q -> {
                var badge = new Span(q.met() ? getTranslation("roster.profile.requirementMet", q.requirement())
                        : getTranslation("roster.profile.requirementNotMet", q.requirement()));
                badge.addClassNames("roster-badge", q.met() ? "roster-training-met" : "roster-training-not-met");
                line.add(badge, new Span(" "));
            });
            trainingStatus.add(line);
        }
        visitCounts.setItems(visits.ofPerson(shown.email()));
    }

    private Component membership(Membership m) {
        var row = m.member();
        var summary = new Span(new Anchor("rosters/" + row.rosterId(), m.rosterTitle()),
                new Span(" · " + row.regionName(locale) + " · "), RosterUi.roleBadge(row.role(), this),
                new Span(" "), RosterUi.statusBadge(row.status(), this),
                new Span(row.returning() ? " · " + getTranslation("roster.returning.short") : ""));
        var history = new Grid<MemberHistoryRow>();
        history.addColumn(h -> RosterUi.date(h.effectiveOn(), locale)).setHeader(getTranslation("roster.history.on"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(h -> getTranslation("roster.history.kind." + h.kind().name()))
                .setHeader(getTranslation("roster.history.what")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(h -> getTranslation("roster.role." + h.role().name()) + ", "
                + getTranslation("roster.status." + h.status().name()))
                .setHeader(getTranslation("roster.history.then")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(MemberHistoryRow::reason)
                .setHeader(getTranslation("roster.history.reason")).setFlexGrow(1);
        history.setItems(m.history());
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        var details = new Details(summary, history);
        details.addClassName("profile-membership");
        return details;
    }

    @Override
    public String getPageTitle() {
        return profile == null ? getTranslation("roster.profile.title") : profile.fullName();
    }
}
