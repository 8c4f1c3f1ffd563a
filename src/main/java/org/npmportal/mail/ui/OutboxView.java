package org.npmportal.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.npmportal.base.ui.Notifications;
import org.npmportal.mail.MailStatus;
import org.npmportal.mail.MailSummary;
import org.npmportal.mail.OutboxAdministration;
import org.npmportal.security.Role;

/** The outbox for administrators: every mail with its state and last error, and a button to send again. */
@Route("admin/mail")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.outbox", icon = "vaadin:envelopes", order = 91)
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Almaty");

    final Grid<MailSummary> grid = new Grid<>();
    final MultiSelectComboBox<MailStatus> statuses = new MultiSelectComboBox<>();
    final TextField text = new TextField();
    final Dialog dialog = new Dialog();
    final Button resend = new Button();

    private final OutboxAdministration outbox;
    private final DateTimeFormatter format;
    private MailSummary selected;

    OutboxView(OutboxAdministration outbox) {
        this.outbox = outbox;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(DISPLAY_ZONE);
        setSizeFull();

        statuses.setLabel(getTranslation("outbox.status"));
        statuses.setItems(MailStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation("outbox.status." + status.name()));
        statuses.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        text.setLabel(getTranslation("outbox.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addColumn(mail -> time(mail.createdAt())).setHeader(getTranslation("outbox.created"))
                .setSortProperty("createdAt").setAutoWidth(true);
        grid.addColumn(MailSummary::recipient).setHeader(getTranslation("outbox.recipient")).setSortProperty("recipient");
        grid.addColumn(MailSummary::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(2);
        grid.addColumn(mail -> getTranslation("outbox.status." + mail.status().name()))
                .setHeader(getTranslation("outbox.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(MailSummary::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true);
        grid.addColumn(mail -> mail.status() == MailStatus.PENDING ? time(mail.nextAttemptAt()) : time(mail.sentAt()))
                .setHeader(getTranslation("outbox.nextOrSent")).setAutoWidth(true);
        grid.addColumn(MailSummary::lastError).setHeader(getTranslation("outbox.lastError")).setFlexGrow(2);
        grid.setItems(query -> outbox.list(statuses.getValue(), text.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) outbox.count(statuses.getValue(), text.getValue()));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();

        resend.setText(getTranslation("outbox.resend"));
        resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resend.addClickListener(click -> {
            outbox.resend(selected.id());
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("outbox.resent"));
        });
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()), resend);
        dialog.setWidth("min(50rem, 100vw)");

        var filters = new HorizontalLayout(statuses, text);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters, grid);
    }

    private void open(MailSummary mail) {
        selected = mail;
        dialog.removeAll();
        dialog.setHeaderTitle(mail.subject());
        var body = new Pre(outbox.body(mail.id()).orElse(""));
        body.addClassName("mail-body");
        dialog.add(body);
        resend.setEnabled(mail.status() != MailStatus.SENDING);
        dialog.open();
    }

    private String time(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outbox");
    }
}
