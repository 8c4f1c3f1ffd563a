package org.npmportal.roster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.npmportal.base.ui.DownloadLink;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.roster.MemberRole;
import org.npmportal.roster.MemberStatus;
import org.npmportal.roster.RosterExport.Format;

/** What the roster and visit screens share: dates as people read them, date pickers, badges, downloads, field errors. */
public final class RosterUi {

    private RosterUi() {
    }

    public static String date(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** "1 Jan 2014 – 31 Dec 2014", or from the first day on when there is no last day. */
    public static String period(LocalDate from, LocalDate to, Locale locale) {
        return to == null ? date(from, locale) + " –" : date(from, locale) + " – " + date(to, locale);
    }

    public static DatePicker datePicker(Component translator, String labelKey) {
        var picker = new DatePicker(translator.getTranslation(labelKey));
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        picker.setLocale(locale);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                        .toList())
                // The web component counts weekdays from Sunday.
                .setWeekdays(sundayFirst(TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(sundayFirst(TextStyle.SHORT_STANDALONE, locale))
                .setFirstDayOfWeek(1)
                .setToday(translator.getTranslation("roster.date.today"))
                .setCancel(translator.getTranslation("roster.date.cancel"))
                .setBadInputErrorMessage(translator.getTranslation("roster.date.invalid")));
        return picker;
    }

    public static Span roleBadge(MemberRole role, Component translator) {
        var badge = new Span(translator.getTranslation("roster.role." + role.name()));
        badge.addClassNames("roster-badge", "roster-role-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    public static Span statusBadge(MemberStatus status, Component translator) {
        var badge = new Span(translator.getTranslation("roster.status." + status.name()));
        badge.addClassNames("roster-badge", "roster-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** A download link; the writer runs in the download's own request, so it reads what it needs itself. */
    public static Anchor download(Component translator, String labelKey, Format format, FileNamer name, FileWriter writer) {
        var anchor = DownloadLink.of(translator.getTranslation(labelKey), () -> name.fileName(format),
                format.contentType(), out -> writer.write(format, out));
        anchor.addClassName("roster-download");
        return anchor;
    }

    /** Marks the fields the service named and shows whatever fits no field as a notification. */
    public static void showProblems(InvalidInputException invalid, Map<String, ? extends HasValidation> fields,
            Component translator) {
        String rest = FieldErrors.show(invalid, fields, translator);
        if (!rest.isEmpty()) {
            Notifications.error(rest);
        }
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static List<String> sundayFirst(TextStyle style, Locale locale) {
        return IntStream.range(0, 7).mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale)).toList();
    }

    @FunctionalInterface
    public interface FileWriter {
        void write(Format format, OutputStream out) throws IOException;
    }

    @FunctionalInterface
    public interface FileNamer {
        String fileName(Format format);
    }
}
