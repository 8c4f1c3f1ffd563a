package org.npmportal.selection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.npmportal.base.PdfFonts;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.i18n.Messages;
import org.npmportal.selection.PdfFlow.Column;
import org.npmportal.selection.PdfFlow.Row;
import org.springframework.stereotype.Component;

/**
 * Renders the minutes of a selection as an A4 PDF in the reader's language: the round, the commission, the
 * criteria and the stated rules, the recusals, the rating progress and reliability, every candidate's
 * figures, the decision with each change the chair made and its reason, and the regions' seats. What a
 * commission needs to defend its list, on paper.
 */
@Component
class MinutesPdf {

    static final String AUTHOR = "NPM Portal";
    private static final String PREFIX = "selectionResults.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Messages messages;

    MinutesPdf(Messages messages) {
        this.messages = messages;
    }

    byte[] render(Minutes minutes, Locale requested) {
        Locale locale = Language.of(requested).locale();
        var writer = new Writer(minutes, locale);
        try (var document = new PDDocument()) {
            var round = minutes.round();
            PdfFlow.describe(document, writer.t("minutes.title") + " – " + round.getTitle(), AUTHOR,
                    Language.of(locale).tag());
            var flow = new PdfFlow(document, PdfFonts.embedIn(document));
            writer.write(flow);
            String generated = writer.t("minutes.generated", writer.time(minutes.generatedAt()),
                    round.getTimeZone());
            return flow.finish(writer.t("minutes.footer", round.getTitle()) + " · " + generated,
                    (page, pages) -> writer.t("minutes.page", String.valueOf(page), String.valueOf(pages)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the minutes of round " + minutes.round().getId(), e);
        }
    }

    /** One rendering: the minutes, the language and the round's time zone. */
    private final class Writer {

        private final Minutes minutes;
        private final Locale locale;
        private final ZoneId zone;
        private final Map<String, String> namesByUsername;

        Writer(Minutes minutes, Locale locale) {
            this.minutes = minutes;
            this.locale = locale;
            this.zone = minutes.round().zone();
            this.namesByUsername = new HashMap<>();
            minutes.commission().forEach(m -> namesByUsername.put(m.username(), m.fullName()));
        }

        void write(PdfFlow flow) throws IOException {
            var round = minutes.round();
            flow.title(t("minutes.title"));
            flow.subtitle(round.getTitle());
            flow.subtitle(round.getProgramme() + " · " + round.getYear());
            if (minutes.identitiesHidden()) {
                flow.note(t("minutes.identitiesHidden"));
            }
            roundSection(flow);
            commission(flow);
            criteria(flow);
            rules(flow);
            recusals(flow);
            progress(flow);
            reliability(flow);
            scores(flow);
            discussion(flow);
            decision(flow);
            overrides(flow);
            regions(flow);
            flow.note(t("minutes.generated", time(minutes.generatedAt()), round.getTimeZone()));
        }

        private void roundSection(PdfFlow flow) throws IOException {
            var round = minutes.round();
            flow.heading(t("minutes.roundSection"));
            flow.fact(t("minutes.phase"), label("selection.phase.", round.getPhase()));
            flow.fact(t("minutes.applications"), round.getApplicationsOpen() == null
                    || round.getApplicationsClose() == null ? t("minutes.notSet")
                    : day(round.getApplicationsOpen()) + " – " + day(round.getApplicationsClose()));
            flow.fact(t("minutes.created"), time(round.getCreatedAt()));
            flow.fact(t("minutes.decided"), round.getDecidedAt() == null ? t("minutes.notYet")
                    : time(round.getDecidedAt()));
            flow.fact(t("minutes.published"), round.getPublishedAt() == null ? t("minutes.notYet")
                    : time(round.getPublishedAt()));
            flow.fact(t("minutes.seats"), t("minutes.seatsValue", String.valueOf(round.getTotalSeats()),
                    String.valueOf(round.regionalSeats()), String.valueOf(round.getReserveSize())));
            flow.fact(t("minutes.blind"), t(round.isBlindRating() ? "yes" : "no"));
            flow.fact(t("minutes.times"), round.getTimeZone());
            if (round.getDescription() != null) {
                flow.paragraph(round.getDescription());
            }
        }

        private void commission(PdfFlow flow) throws IOException {
            flow.heading(t("minutes.commissionSection"));
            if (minutes.commission().isEmpty()) {
                flow.paragraph(t("minutes.noCommission"));
                return;
            }
            var rows = minutes.commission().stream()
                    .map(m -> new Row(List.of(m.fullName(), t(m.chair() ? "minutes.chair" : "minutes.member"),
                            m.submittedAt() == null ? t("minutes.notSubmitted") : time(m.submittedAt()))))
                    .toList();
            flow.table(List.of(text("minutes.column.member", 3), text("minutes.column.role", 1.5f),
                    text("minutes.column.submitted", 2)), rows);
        }

        private void criteria(PdfFlow flow) throws IOException {
            var criteria = minutes.round().getCriteria();
            flow.heading(t("minutes.criteriaSection"));
            BigDecimal sum = criteria.stream().map(RatingCriterion::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
            var rows = new ArrayList<Row>();
            for (var criterion : criteria) {
                String name = criterion.getDescription() == null ? criterion.getName()
                        : criterion.getName() + "\n" + criterion.getDescription();
                String anchors = criterion.getAnchors().entrySet().stream()
                        .map(a -> a.getKey() + " – " + a.getValue())
                        .collect(Collectors.joining("\n"));
                BigDecimal share = sum.signum() == 0 ? BigDecimal.ZERO
                        : criterion.getWeight().multiply(BigDecimal.valueOf(100)).divide(sum, 1, RoundingMode.HALF_UP);
                rows.add(new Row(List.of(String.valueOf(criterion.getPosition() + 1), name,
                        weight(criterion.getWeight()), decimal(share, 1) + " %",
                        criterion.getScaleMin() + "–" + criterion.getScaleMax(), anchors)));
            }
            flow.table(List.of(figure("minutes.column.number", 0.5f), text("minutes.column.criterion", 4),
                    figure("minutes.column.weight", 1.1f), figure("minutes.column.share", 1.1f),
                    text("minutes.column.scale", 0.9f), text("minutes.column.anchors", 4)), rows);
        }

        private void rules(PdfFlow flow) throws IOException {
            var round = minutes.round();
            flow.heading(t("minutes.rulesSection"));
            flow.paragraph(t("minutes.rule.total"));
            flow.paragraph(t("minutes.rule.ranking"));
            flow.paragraph(t("minutes.rule.disagreement", decimal(round.getDiscussThreshold(), 2)));
            flow.paragraph(t("minutes.rule.z"));
            flow.paragraph(t("minutes.rule.minimum", String.valueOf(round.getMinimumRatings())));
            flow.paragraph(t("minutes.rule.quota", String.valueOf(round.getReserveSize())));
            flow.paragraph(t("minutes.rule.reliability"));
            flow.paragraph(t("minutes.rule.rounding"));
        }

        private void recusals(PdfFlow flow) throws IOException {
            flow.heading(t("minutes.recusalsSection"));
            var matrix = minutes.recusals();
            var rows = new ArrayList<Row>();
            for (var row : matrix.rows()) {
                for (var member : matrix.members()) {
                    var cell = row.cell(member.memberId());
                    if (cell.state() == DeclarationState.CONFLICT) {
                        rows.add(new Row(List.of(member.fullName(), candidate(row.code(), row.fullName()),
                                cell.reason(), time(cell.declaredAt()))));
                    }
                }
            }
            if (rows.isEmpty()) {
                flow.paragraph(t("minutes.noRecusals"));
                return;
            }
            flow.paragraph(t("minutes.recusalsIntro"));
            flow.table(List.of(text("minutes.column.member", 2), text("minutes.column.candidate", 2.2f),
                    text("minutes.column.reason", 4), text("minutes.column.declaredAt", 1.6f)), rows);
        }

        private void progress(PdfFlow flow) throws IOException {
            flow.heading(t("minutes.progressSection"));
            var rows = minutes.results().progress().stream()
                    .map(p -> new Row(List.of(
                            p.fullName() + (p.chair() ? " (" + t("minutes.chair") + ")" : ""),
                            String.valueOf(p.figures().assigned()), String.valueOf(p.figures().complete()),
                            String.valueOf(p.figures().partial()), String.valueOf(p.figures().recused()),
                            String.valueOf(p.figures().undeclared()),
                            p.submittedAt() == null ? t("minutes.notSubmitted") : time(p.submittedAt())),
                            !p.figures().finished()))
                    .toList();
            flow.table(List.of(text("minutes.column.member", 3), figure("minutes.column.assigned", 1.2f),
                    figure("minutes.column.complete", 1.2f), figure("minutes.column.partial", 1.2f),
                    figure("minutes.column.recused", 1.2f), figure("minutes.column.undeclared", 1.2f),
                    text("minutes.column.submitted", 2)), rows);
        }

        private void reliability(PdfFlow flow) throws IOException {
            var alpha = minutes.results().alpha();
            flow.heading(t("minutes.reliabilitySection"));
            var agreement = ResultFigures.Agreement.of(alpha);
            flow.paragraph(alpha.isPresent()
                    ? t("minutes.alpha", ResultFigures.alpha(alpha, locale), t("agreement." + agreement.name()))
                    : t("minutes.alphaUnknown", t("agreement." + agreement.name())));
        }

        private void scores(PdfFlow flow) throws IOException {
            flow.heading(t("minutes.scoresSection"));
            var rows = minutes.results().rows().stream()
                    .map(r -> new Row(List.of(ResultFigures.rank(r), r.code(), name(r.fullName()), region(r.regionId()),
                            String.valueOf(r.ratings()), f(r.mean()), f(r.median()), f(r.standardDeviation()),
                            f(r.min()), f(r.max()), f(r.zMean()), r.discuss() ? t("yes") : ""), r.discuss()))
                    .toList();
            if (rows.isEmpty()) {
                flow.paragraph(t("minutes.noCandidates"));
                return;
            }
            flow.table(List.of(figure("column.rank", 0.7f), text("column.code", 0.9f), text("column.fullName", 2.4f),
                    text("column.region", 1.8f), figure("column.ratings", 0.6f), figure("column.mean", 1),
                    figure("column.median", 1), figure("column.sd", 1), figure("column.min", 1),
                    figure("column.max", 1), figure("column.z", 1), text("column.discuss", 0.9f)), rows);
        }

        private void discussion(PdfFlow flow) throws IOException {
            var results = minutes.results();
            String threshold = decimal(minutes.round().getDiscussThreshold(), 2);
            flow.heading(t("minutes.discussSection"));
            var flagged = results.toDiscuss();
            if (flagged.isEmpty()) {
                flow.paragraph(t("minutes.discussNone", threshold));
                return;
            }
            flow.paragraph(t("minutes.discussIntro", threshold));
            var rows = flagged.stream()
                    .map(r -> new Row(List.of(ResultFigures.rank(r), candidate(r.code(), r.fullName()),
                            f(r.standardDeviation()), f(r.min()) + " – " + f(r.max()), String.valueOf(r.ratings()))))
                    .toList();
            flow.table(List.of(figure("column.rank", 0.7f), text("minutes.column.candidate", 4),
                    figure("column.sd", 1.2f), figure("minutes.column.range", 2), figure("column.ratings", 1)),
                    rows);
        }

        private void decision(PdfFlow flow) throws IOException {
            var results = minutes.results();
            flow.heading(t("minutes.decisionSection"));
            flow.paragraph(results.decided()
                    ? t("minutes.decisionTaken", time(minutes.round().getDecidedAt()))
                    : t("minutes.decisionPending"));
            flow.paragraph(t("minutes.decisionCounts", String.valueOf(results.selected()),
                    String.valueOf(results.totalSeats()), String.valueOf(results.reserve())));
            if (results.rows().isEmpty()) {
                return;
            }
            var rows = results.rows().stream()
                    .map(r -> new Row(List.of(ResultFigures.rank(r), r.code(), name(r.fullName()),
                            region(r.regionId()), label("selection.seatOutcome.", r.proposed()),
                            r.outcome() == null ? "" : label("selection.outcome.", r.outcome())
                                    + (r.overridden() ? " *" : ""),
                            r.reservePosition() == null ? "" : String.valueOf(r.reservePosition())),
                            r.overridden()))
                    .toList();
            flow.table(List.of(figure("column.rank", 0.7f), text("column.code", 0.9f),
                    text("column.fullName", 2.6f), text("column.region", 2), text("column.proposed", 2.2f),
                    text("column.decided", 1.8f), figure("column.reservePosition", 1)), rows);
            if (results.rows().stream().anyMatch(ResultRow::overridden)) {
                flow.note(t("minutes.overriddenMark"));
            }
        }

        private void overrides(PdfFlow flow) throws IOException {
            flow.heading(t("minutes.overridesSection"));
            if (minutes.overrides().isEmpty()) {
                flow.paragraph(t(minutes.results().decided() ? "minutes.noOverrides" : "minutes.noOverridesYet"));
                return;
            }
            var rows = minutes.overrides().stream()
                    .map(o -> new Row(List.of(time(o.decidedAt()), candidate(o.code(), o.fullName()),
                            label("selection.outcome.", o.from()) + " → " + label("selection.outcome.", o.to()),
                            o.reason(), namesByUsername.getOrDefault(o.decidedBy(), o.decidedBy()))))
                    .toList();
            flow.table(List.of(text("minutes.column.when", 1.5f), text("minutes.column.candidate", 2.4f),
                    text("minutes.column.change", 2.4f), text("minutes.column.reason", 3.6f),
                    text("minutes.column.by", 1.6f)), rows);
        }

        private void regions(PdfFlow flow) throws IOException {
            flow.heading(t("minutes.regionsSection"));
            var rows = minutes.results().regions().stream()
                    .map(r -> new Row(List.of(region(r.regionId()), String.valueOf(r.seats()),
                            String.valueOf(r.selected()), String.valueOf(r.candidates()),
                            r.short_() ? String.valueOf(r.seats() - r.selected()) : ""), r.short_()))
                    .toList();
            flow.table(List.of(text("column.region", 3), figure("column.seats", 1), figure("column.selected", 1),
                    figure("column.candidates", 1), figure("column.shortfall", 1)), rows);
            flow.paragraph(t("minutes.regionsNote", String.valueOf(minutes.results().totalSeats())));
        }

        // ---- Words and figures ----

        String t(String key, Object... args) {
            return messages.get(locale, PREFIX + key, args);
        }

        private String label(String prefix, Enum<?> value) {
            return messages.get(locale, prefix + value.name());
        }

        private Column text(String key, float weight) {
            return new Column(t(key), weight, false);
        }

        private Column figure(String key, float weight) {
            return new Column(t(key), weight, true);
        }

        private String f(double value) {
            return ResultFigures.figure(value, locale);
        }

        private String decimal(BigDecimal value, int maxDecimals) {
            var format = NumberFormat.getNumberInstance(locale);
            format.setGroupingUsed(false);
            format.setMaximumFractionDigits(maxDecimals);
            return format.format(value);
        }

        private String weight(BigDecimal weight) {
            return decimal(weight.stripTrailingZeros(), 2);
        }

        private String name(String fullName) {
            return minutes.identitiesHidden() || fullName == null ? "" : fullName;
        }

        private String candidate(String code, String fullName) {
            return minutes.identitiesHidden() || fullName == null ? code : code + " · " + fullName;
        }

        private String region(long regionId) {
            return minutes.regionNames().getOrDefault(regionId, String.valueOf(regionId));
        }

        String time(Instant instant) {
            return instant == null ? "" : TIME.format(instant.atZone(zone));
        }

        private String day(LocalDate date) {
            return DAY.format(date);
        }
    }
}
