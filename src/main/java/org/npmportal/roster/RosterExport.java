package org.npmportal.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.npmportal.base.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * The roster list, a roster's team and its coverage as CSV and Excel files, with headers and values in the
 * reader's language. Members type nothing themselves, but names and organisations still get the
 * spreadsheet-safe treatment, as selection and organisers typed them.
 */
@Component
public class RosterExport {

    static final List<String> ROSTER_COLUMNS = List.of("title", "programme", "year", "startsOn", "endsOn", "members",
            "active", "targetTotal", "regionsShort");
    static final List<String> MEMBER_COLUMNS = List.of("fullName", "email", "phone", "organisation", "region", "role",
            "status", "statusSince", "statusReason", "startsOn", "endsOn", "returning", "shareContacts", "source");
    static final List<String> COVERAGE_COLUMNS = List.of("region", "target", "active", "gap");

    private final Messages messages;

    RosterExport(Messages messages) {
        this.messages = messages;
    }

    public void writeRosters(List<RosterSummary> rows, Format format, Locale locale, OutputStream out)
            throws IOException {
        List<List<Object>> cells = new ArrayList<>();
        for (RosterSummary r : rows) {
            cells.add(List.of(r.title(), r.programme(), r.year(), r.startsOn(), r.endsOn(), r.members(), r.active(),
                    r.targetTotal(), r.regionsShort()));
        }
        write(table(locale, "nav.rosters", ROSTER_COLUMNS, cells), format, locale, out);
    }

    public void writeMembers(RosterOutline roster, List<MemberRow> rows, Format format, Locale locale,
            OutputStream out) throws IOException {
        List<List<Object>> cells = new ArrayList<>();
        for (MemberRow m : rows) {
            List<Object> row = new ArrayList<>();
            row.add(m.fullName());
            row.add(m.email());
            row.add(m.phone());
            row.add(m.organisation());
            row.add(m.regionName(locale));
            row.add(messages.get(locale, "roster.role." + m.role().name()));
            row.add(messages.get(locale, "roster.status." + m.status().name()));
            row.add(m.statusSince());
            row.add(m.statusReason());
            row.add(m.startsOn());
            row.add(m.endsOn());
            row.add(yesNo(m.returning(), locale));
            row.add(yesNo(m.shareContacts(), locale));
            row.add(messages.get(locale, "roster.source." + m.source().name()));
            cells.add(row);
        }
        var table = new TableFile(roster.title(), header(locale, MEMBER_COLUMNS), cells);
        write(table, format, locale, out);
    }

    public void writeCoverage(RosterOutline roster, List<RegionCoverage> rows, Format format, Locale locale,
            OutputStream out) throws IOException {
        List<List<Object>> cells = new ArrayList<>();
        for (RegionCoverage c : rows) {
            cells.add(List.of(c.region().name(locale), c.target(), c.active(), c.gap()));
        }
        var table = new TableFile(messages.get(locale, "roster.coverage.sheet"), header(locale, COVERAGE_COLUMNS),
                cells);
        write(table, format, locale, out);
    }

    /** A file name for a download: the roster's title with anything unsafe in a file name replaced. */
    public static String fileName(String title, String suffix, Format format) {
        return fileName(title, suffix, format.extension());
    }

    /** The same with any extension, such as ".pdf". */
    public static String fileName(String title, String suffix, String extension) {
        String safe = title.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip().replace(' ', '-');
        return (safe.isEmpty() ? "roster" : safe) + suffix + extension;
    }

    private TableFile table(Locale locale, String nameKey, List<String> columns, List<List<Object>> cells) {
        return new TableFile(messages.get(locale, nameKey), header(locale, columns), cells);
    }

    private void write(TableFile table, Format format, Locale locale, OutputStream out) throws IOException {
        if (format == Format.CSV) {
            table.writeCsv(out);
        } else {
            table.writeXlsx(messages.get(locale, "app.name"), out);
        }
    }

    private List<String> header(Locale locale, List<String> columns) {
        return columns.stream().map(column -> messages.get(locale, "roster.export.column." + column)).toList();
    }

    private String yesNo(boolean value, Locale locale) {
        return messages.get(locale, value ? "roster.yes" : "roster.no");
    }

    /** The two file formats of every export. */
    public enum Format {
        CSV(".csv", "text/csv; charset=UTF-8"),
        XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }
}
