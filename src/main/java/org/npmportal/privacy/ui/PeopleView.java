package org.npmportal.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.npmportal.base.ui.DownloadLink;
import org.npmportal.base.ui.Notifications;
import org.npmportal.privacy.PersonSummary;
import org.npmportal.privacy.PersonalDataService;
import org.npmportal.security.Role;

/**
 * One person's data, by e-mail address: what the portal holds, a download of all of it as JSON, and
 * anonymisation after a confirmation.
 */
@Route("admin/people")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "privacy.nav", icon = "vaadin:user-check", order = 93)
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button lookUp = new Button();
    final UnorderedList summary = new UnorderedList();
    final Anchor download;
    final Button anonymise = new Button();
    final ConfirmDialog confirm = new ConfirmDialog();

    private final PersonalDataService people;
    private PersonSummary current;

    PeopleView(PersonalDataService people) {
        this.people = people;

        email.setLabel(getTranslation("privacy.email"));
        email.setMaxLength(254);
        email.setClearButtonVisible(true);
        email.setWidth("24rem");
        email.addValueChangeListener(change -> show(null));
        lookUp.setText(getTranslation("privacy.lookUp"));
        lookUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        lookUp.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        lookUp.addClickListener(click -> show(people.lookUp(email.getValue())));

        download = DownloadLink.of(getTranslation("privacy.download"), () -> "personal-data.json",
                "application/json", out -> out.write(people.export(current.email())));
        anonymise.setText(getTranslation("privacy.anonymise"));
        anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR);
        anonymise.addClickListener(click -> {
            confirm.setText(getTranslation("privacy.confirm.text", current.email()));
            confirm.open();
        });

        confirm.setHeader(getTranslation("privacy.confirm.header"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("privacy.confirm.cancel"));
        confirm.setConfirmText(getTranslation("privacy.anonymise"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            people.anonymise(current.email());
            Notifications.success(getTranslation("privacy.anonymised"));
            show(people.lookUp(current.email()));
        });

        var search = new HorizontalLayout(email, lookUp);
        search.setAlignItems(Alignment.BASELINE);
        add(new Paragraph(getTranslation("privacy.intro")), search, summary, new HorizontalLayout(download, anonymise),
                confirm);
        show(null);
    }

    private void show(PersonSummary found) {
        current = found;
        summary.removeAll();
        download.setVisible(found != null);
        anonymise.setVisible(found != null && !found.isEmpty());
        if (found == null) {
            return;
        }
        if (found.isEmpty()) {
            summary.add(new ListItem(getTranslation("privacy.summary.nothing")));
            return;
        }
        line("privacy.summary.registrations", found.registrations());
        line("privacy.summary.invitations", found.invitations());
        line("privacy.summary.applications", found.applications());
        line("privacy.summary.rosterMemberships", found.rosterMemberships());
        line("privacy.summary.mails", found.mails());
        line("privacy.summary.auditEntries", found.auditEntries());
        if (found.staffAccount()) {
            summary.add(new ListItem(getTranslation("privacy.summary.staffAccount")));
        }
    }

    private void line(String key, int count) {
        summary.add(new ListItem(getTranslation(key, count)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.nav");
    }
}
