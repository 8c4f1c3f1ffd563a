package org.npmportal.roster.visit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.npmportal.base.i18n.Messages;
import org.npmportal.roster.RosterExport.Format;
import org.npmportal.roster.TableFile;
import org.springframework.stereotype.Component;

/**
 * A roster's visit counts per monitor as CSV, or as an Excel workbook with the counts and a second sheet
 * listing the visits themselves. Days are calendar days from the visit to the published report.
 */
@Component
public class VisitExport {

    static final List<String> COUNT_COLUMNS = List.of("fullName", "region", "visits", "published", "notPublished",
            "averageDays", "medianDays", "longestDays", "withinWeek");
    static final List<String> VISIT_COLUMNS = List.of("visitedOn", "facility", "type", "region", "team",
            "reportPublishedOn", "daysToReport");

    private final Messages messages;

    VisitExport(Messages messages) {
        this.messages = messages;
    }

    public void write(List<MonitorVisits> counts, List<VisitRow> visits, Format format, Locale locale,
            OutputStream out) throws IOException {
        var countTable = new TableFile(messages.get(locale, "visits.export.countsSheet"),
                header(locale, COUNT_COLUMNS), countRows(counts, locale));
        if (format == Format.CSV) {
            countTable.writeCsv(out);
            return;
        }
        var visitTable = new TableFile(messages.get(locale, "visits.export.visitsSheet"),
                header(locale, VISIT_COLUMNS), visitRows(visits, locale));
        TableFile.writeXlsx(messages.get(locale, "app.name"), List.of(countTable, visitTable), out);
    }

    private static List<List<Object>> countRows(List<MonitorVisits> counts, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (MonitorVisits m : counts) {
            var d = m.delays();
            List<Object> row = new ArrayList<>();
            row.add(m.fullName());
            row.add(m.regionName(locale));
            row.add(d.visits());
            row.add(d.published());
            row.add(d.notPublished());
            row.add(d.averageDays());
            row.add(d.medianDays());
            row.add(d.longestDays());
            row.add(d.withinWeek());
            rows.add(row);
        }
        return rows;
    }

    private List<List<Object>> visitRows(List<VisitRow> visits, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (VisitRow v : visits) {
            List<Object> row = new ArrayList<>();
            row.add(v.visitedOn());
            row.add(v.facilityName());
            row.add(messages.get(locale, "visits.type." + v.facilityType().name()));
            row.add(v.regionName(locale));
            row.add(v.teamNames());
            row.add(v.reportPublishedOn());
            row.add(v.daysToReport());
            rows.add(row);
        }
        return rows;
    }

    private List<String> header(Locale locale, List<String> columns) {
        return columns.stream().map(column -> messages.get(locale, "visits.export.column." + column)).toList();
    }
}
