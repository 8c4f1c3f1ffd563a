package org.npmportal.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.npmportal.base.ui.DownloadLink;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.funding.LineState;
import org.npmportal.funding.Money;

/** What the funding screens share: amounts and dates as people read them, badges, downloads and field errors. */
final class FundingUi {

    private FundingUi() {
    }

    /** "4,760.00 EUR" in the reader's locale, formatted from the exact amount. */
    static String money(Money money, Locale locale) {
        return money == null ? "–" : String.format(locale, "%,.2f %s", money.amount(), money.currency().name());
    }

    static String percent(BigDecimal percent, Locale locale) {
        return percent == null ? "–" : String.format(locale, "%.1f %%", percent);
    }

    static String rate(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString();
    }

    static String date(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    static String period(LocalDate from, LocalDate to, Locale locale) {
        return date(from, locale) + " – " + date(to, locale);
    }

    static DatePicker datePicker(Component translator, String labelKey) {
        var picker = new DatePicker(translator.getTranslation(labelKey));
        picker.setLocale(UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale());
        return picker;
    }

    static Span stateBadge(LineState state, Component translator) {
        var badge = new Span(translator.getTranslation("funding.state." + state.name()));
        badge.addClassNames("funding-badge", "funding-state-" + state.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Anchor download(Component translator, String labelKey, String contentType, String fileName, FileWriter writer) {
        var anchor = DownloadLink.of(translator.getTranslation(labelKey), () -> fileName, contentType, writer::write);
        anchor.addClassName("funding-download");
        return anchor;
    }

    static void showProblems(InvalidInputException invalid, Map<String, ? extends HasValidation> fields,
            Component translator) {
        String rest = FieldErrors.show(invalid, fields, translator);
        if (!rest.isEmpty()) {
            Notifications.error(rest);
        }
    }

    @FunctionalInterface
    interface FileWriter {
        void write(OutputStream out) throws IOException;
    }
}
