package org.npmportal.roster.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.npmportal.directory.Region;
import org.npmportal.roster.Contact;
import org.npmportal.roster.RegionContacts;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterService;

/**
 * The regional contact sheet: for each region, how to reach the team members who agreed that their team may
 * see their address and phone, so that monitors in a region can reach each other. Others are only counted.
 */
class ContactsTab extends VerticalLayout {

    final Paragraph intro = new Paragraph();
    final ComboBox<Region> region = new ComboBox<>();
    final Div sheet = new Div();

    private final RosterService rosters;
    private final Locale locale;
    private List<RegionContacts> contacts = List.of();

    ContactsTab(RosterService rosters, List<Region> regions) {
        this.rosters = rosters;
        this.locale = getLocale();
        setPadding(false);
        intro.setText(getTranslation("roster.contacts.intro"));
        region.setLabel(getTranslation("roster.contacts.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.name(locale));
        region.setClearButtonVisible(true);
        region.setPlaceholder(getTranslation("roster.contacts.allRegions"));
        region.addValueChangeListener(change -> render());
        sheet.addClassName("contact-sheet");
        add(intro, region, sheet);
    }

    void show(RosterOutline roster) {
        contacts = rosters.contactSheet(roster.id());
        render();
    }

    private void render() {
        sheet.removeAll();
        var chosen = region.getValue();
        var shown = contacts.stream().filter(c -> chosen == null || c.region().equals(chosen)).toList();
        if (shown.isEmpty()) {
            sheet.add(new Paragraph(getTranslation("roster.contacts.empty")));
        }
        for (RegionContacts team : shown) {
            var block = new Div(new H4(team.region().name(locale)));
            block.addClassName("contact-region");
            for (Contact contact : team.contacts()) {
                var line = new Div(new Span(contact.fullName()),
                        new Span(getTranslation("roster.role." + contact.role().name())));
                if (contact.organisation() != null) {
                    line.add(new Span(contact.organisation()));
                }
                line.add(new Anchor("mailto:" + contact.email(), contact.email()));
                if (contact.phone() != null) {
                    line.add(new Anchor("tel:" + contact.phone().replaceAll("[^+0-9]", ""), contact.phone()));
                }
                line.addClassName("contact-line");
                block.add(line);
            }
            if (team.notShared() > 0) {
                var others = new Paragraph(getTranslation("roster.contacts.notShared", team.notShared()));
                others.addClassName("contact-not-shared");
                block.add(others);
            }
            sheet.add(block);
        }
    }
}
