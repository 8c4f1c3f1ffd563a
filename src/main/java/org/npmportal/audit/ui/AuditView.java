package org.npmportal.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.npmportal.audit.AuditArea;
import org.npmportal.audit.AuditEvent;
import org.npmportal.audit.AuditFilter;
import org.npmportal.audit.AuditTrail;

/**
 * The audit log for administrators: who changed ratings, decisions, rosters, money, users and the rest, and
 * when, newest first. Rating changes are in it as SCORE_CHANGED entries, one per change, written by the rating
 * service beside its own score history; this view reads the log only.
 */
@Route("admin/audit")
@RolesAllowed("ADMIN")
@Menu(title = "audit.nav", icon = "vaadin:archive", order = 92)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    /** The portal's users are in Kazakhstan; dates in the filter and times in the grid are theirs. */
    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Almaty");

    final ComboBox<String> actor = new ComboBox<>();
    final ComboBox<AuditArea> area = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField text = new TextField();
    final Grid<AuditEvent> grid = new Grid<>();

    private final AuditTrail trail;

    AuditView(AuditTrail trail) {
        this.trail = trail;
        setSizeFull();
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(DISPLAY_ZONE);

        actor.setLabel(getTranslation("audit.actor"));
        actor.setItems(trail.actors());
        actor.setClearButtonVisible(true);
        area.setLabel(getTranslation("audit.area"));
        area.setItems(AuditArea.values());
        area.setItemLabelGenerator(value -> getTranslation("audit.area." + value.name()));
        area.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        text.setLabel(getTranslation("audit.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        area.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addColumn(event -> format.format(event.getOccurredAt())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(event -> AuditArea.of(event.getAction())
                .map(value -> getTranslation("audit.area." + value.name())).orElse(""))
                .setHeader(getTranslation("audit.area")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getAction).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(event -> event.getEntityId() == null ? event.getEntityType()
                : event.getEntityType() + " #" + event.getEntityId()).setHeader(getTranslation("audit.record"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetails).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        grid.setItems(query -> trail.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) trail.count(filter()));
        grid.setSizeFull();

        var filters = new HorizontalLayout(actor, area, from, to, text);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    AuditFilter filter() {
        return new AuditFilter(actor.getValue(), area.getValue(), start(from.getValue()),
                to.getValue() == null ? null : start(to.getValue().plusDays(1)), text.getValue());
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(DISPLAY_ZONE).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.nav");
    }
}
