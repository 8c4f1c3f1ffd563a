package org.npmportal.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.funding.DeadlineRow;
import org.npmportal.funding.ExpenditureFilter;
import org.npmportal.funding.ExpenditureRow;
import org.npmportal.funding.ExpenditureService;
import org.npmportal.funding.FundingExport;
import org.npmportal.funding.FundingService;
import org.npmportal.funding.GrantBudget;
import org.npmportal.funding.GrantDetails;
import org.npmportal.funding.InstalmentRow;
import org.npmportal.funding.LineFigures;
import org.npmportal.funding.LineState;
import org.npmportal.security.Role;

/**
 * One grant: budget against actual per line as figures and a chart, time elapsed against money used,
 * received against spent; its aims, deadlines and instalments; its expenditures; and what its seminars cost.
 */
@Route("funding/:" + GrantView.GRANT_ID + "([0-9]{1,18})")
@RolesAllowed({Role.Name.FINANCE, Role.Name.ADMIN, Role.Name.ORGANISER})
class GrantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String GRANT_ID = "grantId";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final H2 title = new H2();
    final Paragraph summary = new Paragraph();
    final Div figures = new Div();
    final Grid<LineFigures> lines = new Grid<>();
    final BudgetChart chart = new BudgetChart();
    final Div details = new Div();
    final Grid<ExpenditureRow> expenditures = new Grid<>();
    final ComboBox<LineFigures> lineFilter = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;
    final TextField text = new TextField();
    final Div costs = new Div();
    final TabSheet tabs = new TabSheet();
    final Button edit = new Button();
    final Button addLine = new Button();
    final Button addInstalment = new Button();
    final Button record = new Button();
    final HorizontalLayout downloads = new HorizontalLayout();
    final ExpenditureDialog expenditureDialog;
    final GrantDialog grantDialog;
    final LineDialog lineDialog;
    final InstalmentDialog instalmentDialog;
    final AimDialog aimDialog;
    final DeadlineDialog deadlineDialog;
    final Button addAim = new Button();
    final Button addDeadline = new Button();

    private final FundingService funding;
    private final ExpenditureService spending;
    private final FundingExport export;
    private final Locale locale;
    private GrantDetails grant;
    private final boolean mayEdit;
    private GrantBudget budget;
    private volatile ExpenditureFilter filter = ExpenditureFilter.all();

    GrantView(FundingService funding, ExpenditureService spending, FundingExport export) {
        this.funding = funding;
        this.spending = spending;
        this.export = export;
        this.locale = getLocale();
        setSizeFull();
        addClassName("funding-grant");
        expenditureDialog = new ExpenditureDialog(spending, locale, this::refresh);
        grantDialog = new GrantDialog(funding, id -> refresh());
        lineDialog = new LineDialog(funding, this::refresh);
        instalmentDialog = new InstalmentDialog(funding, this::refresh);
        aimDialog = new AimDialog(funding, this::refresh);
        deadlineDialog = new DeadlineDialog(funding, this::refresh);
        boolean mayEdit = funding.mayEdit();
        this.mayEdit = mayEdit;
        addAim.setText(getTranslation("funding.aim.add"));
        addAim.setIcon(VaadinIcon.PLUS.create());
        addAim.addClickListener(click -> aimDialog.open(grant.id(), grant.aims(), -1));
        addDeadline.setText(getTranslation("funding.deadline.add"));
        addDeadline.setIcon(VaadinIcon.PLUS.create());
        addDeadline.addClickListener(click -> deadlineDialog.open(grant.id()));

        edit.setText(getTranslation("funding.grant.edit"));
        edit.addClickListener(click -> grantDialog.open(grant));
        addLine.setText(getTranslation("funding.line.add"));
        addLine.setIcon(VaadinIcon.PLUS.create());
        addLine.addClickListener(click -> lineDialog.open(grant.id(), null));
        addInstalment.setText(getTranslation("funding.instalment.add"));
        addInstalment.setIcon(VaadinIcon.PLUS.create());
        addInstalment.addClickListener(click -> instalmentDialog.open(grant));
        record.setText(getTranslation("funding.expenditure.add"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> expenditureDialog.open(grant, budget.lines(), spending.seminars(), null));
        edit.setVisible(mayEdit);
        addLine.setVisible(mayEdit);
        addInstalment.setVisible(mayEdit);
        record.setVisible(mayEdit);

        lines.addColumn(LineFigures::code).setHeader(getTranslation("funding.line.code")).setKey("code").setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(l -> getTranslation("funding.category." + l.category().name()))
                .setHeader(getTranslation("funding.line.category")).setKey("category").setAutoWidth(true);
        lines.addColumn(LineFigures::name).setHeader(getTranslation("funding.line.name")).setKey("name").setFlexGrow(2);
        lines.addColumn(l -> FundingUi.money(l.planned(), locale)).setHeader(getTranslation("funding.line.planned"))
                .setKey("planned").setAutoWidth(true);
        lines.addColumn(l -> FundingUi.money(l.spent(), locale)).setHeader(getTranslation("funding.budget.spent"))
                .setKey("spent").setAutoWidth(true);
        lines.addColumn(l -> FundingUi.money(l.remaining(), locale)).setHeader(getTranslation("funding.budget.remaining"))
                .setKey("remaining").setAutoWidth(true);
        lines.addColumn(l -> FundingUi.percent(l.percentUsed(), locale)).setHeader(getTranslation("funding.budget.used"))
                .setKey("used").setAutoWidth(true);
        lines.addComponentColumn(l -> FundingUi.stateBadge(l.state(), this)).setHeader(getTranslation("funding.budget.state"))
                .setKey("state").setAutoWidth(true);
        lines.setPartNameGenerator(l -> l.state() == LineState.WITHIN ? null
                : "funding-" + l.state().name().toLowerCase(Locale.ROOT));
        lines.setAllRowsVisible(true);
        if (mayEdit) {
            lines.addItemClickListener(click -> lineDialog.open(grant.id(), click.getItem()));
        }

        from = FundingUi.datePicker(this, "funding.filter.from");
        to = FundingUi.datePicker(this, "funding.filter.to");
        lineFilter.setLabel(getTranslation("funding.expenditure.line"));
        lineFilter.setItemLabelGenerator(l -> l.code() + " " + l.name());
        lineFilter.setClearButtonVisible(true);
        text.setLabel(getTranslation("funding.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        lineFilter.addValueChangeListener(change -> filterChanged());
        from.addValueChangeListener(change -> filterChanged());
        to.addValueChangeListener(change -> filterChanged());
        text.addValueChangeListener(change -> filterChanged());
        expenditures.addColumn(e -> FundingUi.date(e.spentOn(), locale)).setHeader(getTranslation("funding.expenditure.date"))
                .setKey("date").setAutoWidth(true);
        expenditures.addColumn(e -> e.lineCode()).setHeader(getTranslation("funding.line.code")).setKey("line")
                .setAutoWidth(true);
        expenditures.addColumn(ExpenditureRow::supplier).setHeader(getTranslation("funding.expenditure.supplier"))
                .setKey("supplier").setFlexGrow(2);
        expenditures.addColumn(ExpenditureRow::documentNumber).setHeader(getTranslation("funding.expenditure.document"))
                .setKey("document").setAutoWidth(true);
        expenditures.addColumn(e -> FundingUi.money(e.conversion().original(), locale))
                .setHeader(getTranslation("funding.expenditure.amount")).setKey("amount").setAutoWidth(true);
        expenditures.addColumn(e -> FundingUi.rate(e.conversion().rate()))
                .setHeader(getTranslation("funding.expenditure.rate")).setKey("rate").setAutoWidth(true);
        expenditures.addColumn(e -> FundingUi.money(e.conversion().converted(), locale))
                .setHeader(getTranslation("funding.expenditure.inGrant")).setKey("inGrant").setAutoWidth(true);
        expenditures.addColumn(e -> e.seminarTitle() == null ? "" : e.seminarTitle())
                .setHeader(getTranslation("funding.expenditure.seminar")).setKey("seminar").setFlexGrow(1);
        expenditures.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        expenditures.setEmptyStateText(getTranslation("funding.expenditure.empty"));
        // The service lists expenditures newest first; headers must not offer a sort they ignore.
        expenditures.getColumns().forEach(column -> column.setSortable(false));
        if (mayEdit) {
            expenditures.addItemClickListener(click ->
                    expenditureDialog.open(grant, budget.lines(), spending.seminars(), click.getItem().id()));
        }
        expenditures.setHeight("28rem");

        tabs.add(getTranslation("funding.tab.budget"), new VerticalLayout(figures, addLine, lines, chart));
        tabs.add(getTranslation("funding.tab.details"), new VerticalLayout(details, addInstalment));
        var filters = new HorizontalLayout(lineFilter, from, to, text);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        tabs.add(getTranslation("funding.tab.expenditures"), new VerticalLayout(new HorizontalLayout(record, downloads),
                filters, expenditures));
        tabs.add(getTranslation("funding.tab.seminars"), costs);
        tabs.setWidthFull();
        figures.addClassName("funding-figures");
        var header = new HorizontalLayout(title, edit);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, summary, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteNumbers.of(event, GRANT_ID).flatMap(funding::grant);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void refresh() {
        funding.grant(grant.id()).ifPresent(this::show);
    }

    private void show(GrantDetails shown) {
        this.grant = shown;
        this.budget = funding.budget(shown.id());
        title.setText(shown.title());
        summary.setText(getTranslation("funding.grant.summary", shown.donor(), shown.implementer(),
                FundingUi.money(shown.awarded(), locale), FundingUi.period(shown.startsOn(), shown.endsOn(), locale),
                getTranslation("funding.status." + shown.status().name()),
                shown.referenceNumber() == null ? "–" : shown.referenceNumber()));

        figures.removeAll();
        figures.add(figure("funding.budget.usedVsTime", FundingUi.percent(budget.percentUsed(), locale),
                FundingUi.percent(budget.percentTimeElapsed(), locale)));
        figures.add(figure("funding.budget.receivedVsSpent", FundingUi.money(budget.received(), locale),
                FundingUi.money(budget.spent(), locale)));
        figures.add(figure("funding.budget.remainingOfAwarded", FundingUi.money(budget.remaining(), locale),
                FundingUi.money(budget.awarded(), locale)));
        lines.setItems(budget.lines());
        lineFilter.setItems(budget.lines());
        chart.show(budget, locale);

        details.removeAll();
        details.add(new H3(getTranslation("funding.aims")));
        var aims = shown.aims();
        for (int i = 0; i < aims.size(); i++) {
            var aim = aims.get(i);
            int index = i;
            var block = new Div(new Span((i + 1) + ". " + aim.aim()),
                    new Div(new Span(getTranslation("funding.aim.indicator", aim.indicator()))),
                    new Div(new Span(getTranslation("funding.aim.target", aim.target()))));
            block.addClassName("funding-aim");
            if (mayEdit) {
                block.add(new Button(getTranslation("funding.aim.edit"), click -> aimDialog.open(shown.id(), aims, index)),
                        new Button(getTranslation("funding.aim.remove"), click -> removeAim(index)));
            }
            details.add(block);
        }
        if (mayEdit) {
            details.add(addAim);
        }
        details.add(new H3(getTranslation("funding.deadlines")));
        for (DeadlineRow d : shown.deadlines()) {
            var row = new Div(new Span(FundingUi.date(d.dueOn(), locale) + " – "
                    + getTranslation("funding.deadline." + d.kind().name())
                    + (d.description() == null ? "" : " (" + d.description() + ")")));
            if (mayEdit) {
                row.add(new Button(getTranslation("funding.deadline.remove"), click -> {
                    funding.removeDeadline(d.id());
                    refresh();
                }));
            }
            details.add(row);
        }
        if (mayEdit) {
            details.add(addDeadline);
        }
        details.add(new H3(getTranslation("funding.instalments")));
        for (InstalmentRow i : shown.instalments()) {
            var c = i.conversion();
            details.add(new Div(new Span(FundingUi.date(i.receivedOn(), locale) + " – "
                    + FundingUi.money(c.original(), locale)
                    + (c.original().currency() == c.converted().currency() ? ""
                            : " × " + FundingUi.rate(c.rate()) + " = " + FundingUi.money(c.converted(), locale)))));
        }

        costs.removeAll();
        costs.add(SeminarCostsView.grid(this, spending.seminarCosts(shown.id()), locale));
        downloads.removeAll();
        downloads.add(FundingUi.download(this, "funding.export.xlsx", XLSX, FundingExport.fileName(shown, "-report.xlsx"),
                        this::writeReport),
                FundingUi.download(this, "funding.export.csv", "text/csv; charset=UTF-8",
                        FundingExport.fileName(shown, "-expenditures.csv"), this::writeCsv));
        expenditures.setItems(query -> spending.list(grant.id(), filter,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) spending.count(grant.id(), filter));
    }

    /** The financial report as of now; the download runs it in its own request. */
    void writeReport(OutputStream out) throws IOException {
        long id = grant.id();
        export.writeReport(funding.grant(id).orElseThrow(), funding.budget(id),
                spending.all(id, ExpenditureFilter.all()), locale, out);
    }

    void writeCsv(OutputStream out) throws IOException {
        export.writeExpendituresCsv(grant, spending.all(grant.id(), filter), locale, out);
    }

    private Component figure(String key, Object... args) {
        var figure = new Span(getTranslation(key, args));
        figure.addClassName("funding-figure");
        return figure;
    }

    private void filterChanged() {
        filter = new ExpenditureFilter(lineFilter.getValue() == null ? null : lineFilter.getValue().id(),
                from.getValue(), to.getValue(), text.getValue(), null);
        expenditures.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return grant == null ? getTranslation("nav.funding") : grant.title();
    }

    private void removeAim(int index) {
        var remaining = new java.util.ArrayList<>(grant.aims());
        remaining.remove(index);
        funding.saveAims(grant.id(), remaining);
        refresh();
    }
}
