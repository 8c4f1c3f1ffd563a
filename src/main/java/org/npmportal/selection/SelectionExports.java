package org.npmportal.selection;

import static org.npmportal.base.SpreadsheetText.text;
import static org.npmportal.base.SpreadsheetText.writeCsvLine;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.i18n.Messages;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's results as files: the ranking as CSV and Excel, and the minutes of the selection as PDF, with
 * every label in the reader's language. Whoever may read the results may download the ranking; the minutes
 * name who recused themselves and why, so, like the recusal matrix, they are for organisers and the chair.
 * In a blind round, commission members get candidates by code only until the decision ({@link BlindResults}).
 */
@Service
@Transactional(readOnly = true)
public class SelectionExports {

    /** The ranking's columns, in order; each is also the last part of its header's message key. */
    static final List<String> COLUMNS = List.of("rank", "code", "fullName", "organisation", "region", "ratings",
            "mean", "median", "sd", "min", "max", "z", "discuss", "proposed", "decided", "overridden",
            "reservePosition");

    private static final String PREFIX = "selectionResults.";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Excel shows a tied rank's number with its tie mark while keeping it a number: 3 reads "=3". */
    private static final String TIED_RANK_FORMAT = "\"=\"0";
    private static final String FIGURE_FORMAT = "0.000";

    private final SelectionService rounds;
    private final ResultsService results;
    private final DirectoryService directory;
    private final Messages messages;
    private final MinutesPdf minutesPdf;
    private final Clock clock;

    SelectionExports(SelectionService rounds, ResultsService results, DirectoryService directory, Messages messages,
            MinutesPdf minutesPdf, Clock clock) {
        this.rounds = rounds;
        this.results = results;
        this.directory = directory;
        this.messages = messages;
        this.minutesPdf = minutesPdf;
        this.clock = clock;
    }

    /**
     * The ranking as RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel shows Cyrillic correctly.
     * Figures are rounded as on screen, with a point as decimal separator; text a spreadsheet would run as a
     * formula gets a leading apostrophe, which also keeps the tie mark of "=3" from being read as one.
     */
    @PreAuthorize(SelectionService.SELECTION_STAFF)
    public byte[] rankingCsv(long roundId, Locale locale) {
        var ranking = ranking(roundId, locale);
        var out = new ByteArrayOutputStream();
        try {
            out.write(UTF8_BOM);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writeCsvLine(writer, header(ranking.locale()));
            for (ResultRow row : ranking.results().rows()) {
                writeCsvLine(writer, List.of(
                        text(ResultFigures.rank(row)),
                        text(row.code()),
                        text(ranking.name(row.fullName())),
                        text(ranking.name(row.organisation())),
                        text(ranking.region(row.regionId())),
                        String.valueOf(row.ratings()),
                        plain(row.mean()),
                        plain(row.median()),
                        plain(row.standardDeviation()),
                        plain(row.min()),
                        plain(row.max()),
                        plain(row.zMean()),
                        text(ranking.yesNo(row.discuss())),
                        text(ranking.label("selection.seatOutcome.", row.proposed())),
                        text(ranking.label("selection.outcome.", row.outcome())),
                        text(row.outcome() == null ? "" : ranking.yesNo(row.overridden())),
                        row.reservePosition() == null ? "" : String.valueOf(row.reservePosition())));
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The ranking as an Excel workbook: a bold, frozen header with filters, ranks and figures as numbers
     * (figures rounded as on screen and shown with three decimals, tied ranks shown as "=3").
     */
    @PreAuthorize(SelectionService.SELECTION_STAFF)
    public byte[] rankingXlsx(long roundId, Locale locale) {
        var ranking = ranking(roundId, locale);
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, messages.get(ranking.locale(), "app.name"), "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(ranking.t("sheet")));
            List<String> header = header(ranking.locale());
            for (int column = 0; column < header.size(); column++) {
                sheet.value(0, column, header.get(column));
            }
            sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            int r = 1;
            for (ResultRow row : ranking.results().rows()) {
                int c = 0;
                sheet.value(r, c, row.tied() ? row.tieRank() : row.rank());
                if (row.tied()) {
                    sheet.style(r, c).format(TIED_RANK_FORMAT).set();
                }
                c++;
                sheet.value(r, c++, row.code());
                sheet.value(r, c++, ranking.name(row.fullName()));
                sheet.value(r, c++, ranking.name(row.organisation()));
                sheet.value(r, c++, ranking.region(row.regionId()));
                sheet.value(r, c++, row.ratings());
                for (double figure : new double[] {row.mean(), row.median(), row.standardDeviation(), row.min(),
                        row.max(), row.zMean()}) {
                    var rounded = ResultFigures.rounded(figure);
                    if (rounded.isPresent()) {
                        sheet.value(r, c, rounded.get());
                        sheet.style(r, c).format(FIGURE_FORMAT).set();
                    }
                    c++;
                }
                sheet.value(r, c++, ranking.yesNo(row.discuss()));
                sheet.value(r, c++, ranking.label("selection.seatOutcome.", row.proposed()));
                sheet.value(r, c++, ranking.label("selection.outcome.", row.outcome()));
                sheet.value(r, c++, row.outcome() == null ? null : ranking.yesNo(row.overridden()));
                sheet.value(r, c, row.reservePosition());
                r++;
            }
            sheet.setAutoFilter(0, 0, Math.max(r - 1, 1), header.size() - 1);
            sheet.width(2, 30);
            sheet.width(3, 30);
            sheet.width(4, 22);
            sheet.width(13, 24);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The minutes of the selection as a PDF in the reader's language: round, commission, criteria with
     * weights and scales, the stated rules, recusals with reasons, rating progress, reliability, every
     * candidate's figures, the decision with the chair's changes and their reasons, and the regions' seats.
     * Organisers and the chair.
     */
    @PreAuthorize(SelectionService.SELECTION_STAFF)
    public byte[] minutesPdf(long roundId, Locale locale) {
        var round = round(roundId);
        var recusals = results.recusals(roundId);
        var role = rounds.myRole(roundId);
        var minutes = new Minutes(round, rounds.commission(roundId), results.results(roundId), recusals,
                results.overrides(roundId), regionNames(locale), BlindResults.hidesIdentity(round, role),
                clock.instant());
        return minutesPdf.render(minutes, locale);
    }

    // ---- helpers ----

    /** One ranking file's data and words. */
    private record Ranking(RoundResults results, Map<Long, String> regionNames, boolean identitiesHidden,
            Locale locale, Messages messages) {

        String t(String key) {
            return messages.get(locale, PREFIX + key);
        }

        String name(String value) {
            return identitiesHidden ? null : value;
        }

        String region(long regionId) {
            return regionNames.getOrDefault(regionId, String.valueOf(regionId));
        }

        String yesNo(boolean value) {
            return t(value ? "yes" : "no");
        }

        String label(String prefix, Enum<?> value) {
            return value == null ? null : messages.get(locale, prefix + value.name());
        }
    }

    private Ranking ranking(long roundId, Locale requested) {
        Locale locale = Language.of(requested).locale();
        var round = round(roundId);
        var roundResults = results.results(roundId);
        boolean hidden = BlindResults.hidesIdentity(round, rounds.myRole(roundId));
        return new Ranking(roundResults, regionNames(locale), hidden, locale, messages);
    }

    private SelectionRound round(long roundId) {
        return rounds.get(roundId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private Map<Long, String> regionNames(Locale locale) {
        return directory.regions().stream().collect(Collectors.toMap(Region::getId, r -> r.name(locale)));
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream().map(column -> messages.get(locale, PREFIX + "column." + column)).toList();
    }

    private static String plain(double figure) {
        return ResultFigures.rounded(figure).map(BigDecimal::toPlainString).orElse("");
    }

    /** Excel refuses sheet names longer than 31 characters or with any of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
