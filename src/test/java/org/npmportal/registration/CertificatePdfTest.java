package org.npmportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.i18n.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.util.StringUtils;

/**
 * Certificates read back with PDFBox as a PDF reader sees them: text, page, fonts and size. Only the
 * messages and the renderer are started, with the message settings of application.properties.
 */
@SpringJUnitConfig(CertificatePdfTest.Messaging.class)
class CertificatePdfTest {

    private static final String NAME = "Әсел Қасымова";
    private static final String TITLE = "Ұлттық алдын алу тетігі: қамауда ұстау орындарындағы мониторинг";
    private static final String NUMBER = "NPM-2013-0042-017";
    private static final String URL = "https://npm.example.kz/certificates/NPM-2013-0042-017";
    private static final List<String> ORGANISERS = List.of("ЕҚЫҰ-ның Астанадағы бағдарламалық кеңсесі",
            "Адам құқықтары жөніндегі уәкіл", "Penal Reform International");

    @Configuration
    @Import({Messages.class, CertificatePdf.class})
    static class Messaging {

        @Bean
        MessageSource messageSource() throws IOException {
            Properties application = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
            var source = new ResourceBundleMessageSource();
            source.setBasenames(StringUtils.commaDelimitedListToStringArray(
                    StringUtils.trimAllWhitespace(application.getProperty("spring.messages.basename"))));
            source.setDefaultEncoding(application.getProperty("spring.messages.encoding"));
            source.setFallbackToSystemLocale(
                    Boolean.parseBoolean(application.getProperty("spring.messages.fallback-to-system-locale")));
            return source;
        }
    }

    @Autowired
    CertificatePdf certificates;

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of(Language.EN, "Certificate of attendance", "19–20 November 2013, Астана",
                        "14 academic hours", "Issued on 21 November 2013", "Certificate No. " + NUMBER),
                Arguments.of(Language.RU, "Сертификат об участии", "19–20 ноября 2013 г., Астана",
                        "в объёме 14 академических часов", "Дата выдачи: 21 ноября 2013 г.", "Сертификат № " + NUMBER),
                Arguments.of(Language.KK, "Қатысу туралы сертификат", "2013 жылғы 19–20 қараша, Астана",
                        "14 академиялық сағат көлемінде", "Берілген күні: 2013 жылғы 21 қараша",
                        "Сертификат № " + NUMBER));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void a_certificate_says_who_attended_what_when_and_for_how_long_in_the_participants_language(Language language,
            String heading, String datesAndCity, String hours, String issued, String number) throws IOException {
        byte[] pdf = certificates.render(content(language, TITLE, new BigDecimal("14")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = oneLine(text(document));
            assertThat(text).contains(heading, NAME, TITLE, datesAndCity, hours, issued, number, URL);
            assertThat(text).contains(String.join(", ", ORGANISERS));
            assertThat(text).doesNotContain("!certificate.", "?");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(heading + " – " + NAME);
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("NPM Portal");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.tag());
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void a_certificate_is_one_a4_landscape_page_with_embedded_subset_fonts_and_under_100_kb(Language language)
            throws IOException {
        byte[] pdf = certificates.render(content(language, TITLE, new BigDecimal("14")));

        assertThat(pdf.length).isLessThan(100 * 1024);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getRotation()).isZero();
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within(0.01f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getWidth(), within(0.01f));

            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
            });
        }
    }

    @Test
    void every_kazakh_letter_comes_back_exactly_as_written() throws IOException {
        String letters = "Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і";

        String text = oneLine(textOf(certificates.render(content(Language.KK, letters, BigDecimal.TEN))));

        assertThat(text).contains(letters);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | 1     | 1 academic hour
            EN | 12.5  | 12.5 academic hours
            EN | 14.00 | 14 academic hours
            RU | 1     | в объёме 1 академического часа
            RU | 2     | в объёме 2 академических часов
            RU | 11    | в объёме 11 академических часов
            RU | 21    | в объёме 21 академического часа
            RU | 12.5  | в объёме 12,5 академического часа
            KK | 1     | 1 академиялық сағат көлемінде
            KK | 12.5  | 12,5 академиялық сағат көлемінде
            """)
    void hours_show_decimals_only_when_they_have_them_and_agree_with_the_number(Language language, BigDecimal hours,
            String expected) throws IOException {
        String text = oneLine(textOf(certificates.render(content(language, TITLE, hours))));

        assertThat(text).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | 2013-11-19 | 2013-11-19 | 19 November 2013
            EN | 2013-11-30 | 2013-12-02 | 30 November – 2 December 2013
            EN | 2013-12-30 | 2014-01-02 | 30 December 2013 – 2 January 2014
            RU | 2013-11-19 | 2013-11-19 | 19 ноября 2013 г.
            RU | 2013-11-30 | 2013-12-02 | 30 ноября – 2 декабря 2013 г.
            RU | 2013-12-30 | 2014-01-02 | 30 декабря 2013 г. – 2 января 2014 г.
            KK | 2013-11-19 | 2013-11-19 | 2013 жылғы 19 қараша
            KK | 2013-11-30 | 2013-12-02 | 2013 жылғы 30 қараша – 2 желтоқсан
            KK | 2013-12-30 | 2014-01-02 | 2013 жылғы 30 желтоқсан – 2014 жылғы 2 қаңтар
            """)
    void dates_are_written_out_in_the_participants_language(Language language, LocalDate first, LocalDate last,
            String expected) throws IOException {
        var content = new CertificateContent(language, NAME, TITLE, first, last, null, ORGANISERS, BigDecimal.ONE,
                NUMBER, last, null);

        String text = oneLine(textOf(certificates.render(content)));

        assertThat(text).contains(expected);
    }

    @Test
    void an_online_seminar_names_no_city_and_a_certificate_without_a_link_offers_no_check() throws IOException {
        var content = new CertificateContent(Language.EN, NAME, TITLE, LocalDate.of(2013, 11, 19),
                LocalDate.of(2013, 11, 20), null, ORGANISERS, BigDecimal.TEN, NUMBER, LocalDate.of(2013, 11, 21), null);

        String text = oneLine(textOf(certificates.render(content)));

        assertThat(text).contains("19–20 November 2013 10 academic hours").doesNotContain("Check this certificate");
    }

    @Test
    void a_very_long_title_and_name_wrap_onto_several_lines_and_stay_inside_the_frame_of_one_page() throws IOException {
        String title = "Национальный превентивный механизм против пыток: методика мониторинга мест лишения "
                + "свободы, документирование нарушений, подготовка докладов и взаимодействие с государственными органами "
                + "Казахстана";
        String name = "Гүлнұр-Әсел Сейітқазықызы Қасымова-Жұмабаева-Абдрахманова-Төлеубекова";
        assertThat(title.length()).as("close to the longest title a seminar may have").isBetween(190, 200);
        var content = new CertificateContent(Language.RU, name, title, LocalDate.of(2013, 11, 19),
                LocalDate.of(2013, 11, 20), "Астана", ORGANISERS, BigDecimal.TEN, NUMBER, LocalDate.of(2013, 11, 21), URL);

        try (PDDocument document = Loader.loadPDF(certificates.render(content))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = text(document);
            List<String> titleLines = text.lines().map(String::strip).filter(line -> title.contains(line)).toList();
            assertThat(titleLines).hasSizeGreaterThanOrEqualTo(2);
            assertThat(String.join(" ", titleLines)).isEqualTo(title);
            assertThat(oneLine(text).replace("- ", "-")).as("the surname breaks after a hyphen")
                    .contains(name, "в объёме 10 академических часов", URL).doesNotContain("…");
            assertInsideTheFrame(document);
        }
    }

    @Test
    void an_absurdly_long_title_is_cut_short_with_an_ellipsis_rather_than_leaving_the_page() throws IOException {
        String title = "Мониторинг мест лишения свободы ".repeat(60).strip();
        var content = content(Language.RU, title, BigDecimal.TEN);

        try (PDDocument document = Loader.loadPDF(certificates.render(content))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(oneLine(text(document))).contains("…", NAME, "в объёме 10 академических часов", NUMBER, URL);
            assertInsideTheFrame(document);
        }
    }

    @Test
    void characters_the_font_cannot_draw_print_as_question_marks_instead_of_failing_the_certificate()
            throws IOException {
        var content = new CertificateContent(Language.EN, "李小龍 Әсел", TITLE, LocalDate.of(2013, 11, 19),
                LocalDate.of(2013, 11, 20), null, ORGANISERS, BigDecimal.TEN, NUMBER, LocalDate.of(2013, 11, 21), null);

        assertThat(oneLine(textOf(certificates.render(content)))).contains("??? Әсел");
    }

    @Test
    void a_certificate_needs_a_name_a_title_organisers_positive_hours_and_days_in_order() {
        LocalDate day = LocalDate.of(2013, 11, 19);
        assertThatThrownBy(() -> new CertificateContent(Language.EN, null, TITLE, day, day, null, ORGANISERS,
                BigDecimal.TEN, NUMBER, day, null)).isInstanceOf(NullPointerException.class).hasMessage("participantName");
        assertThatThrownBy(() -> new CertificateContent(Language.EN, NAME, " ", day, day, null, ORGANISERS,
                BigDecimal.TEN, NUMBER, day, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateContent(Language.EN, NAME, TITLE, day, day.minusDays(1), null,
                ORGANISERS, BigDecimal.TEN, NUMBER, day, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateContent(Language.EN, NAME, TITLE, day, day, null, List.of(),
                BigDecimal.TEN, NUMBER, day, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateContent(Language.EN, NAME, TITLE, day, day, null, ORGANISERS,
                BigDecimal.ZERO, NUMBER, day, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateContent(Language.EN, NAME, TITLE, day, day, null, ORGANISERS,
                BigDecimal.TEN, null, day, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_organisers_list_cannot_be_changed_behind_the_certificates_back() {
        var organisers = new ArrayList<>(ORGANISERS);
        var content = new CertificateContent(Language.EN, NAME, TITLE, LocalDate.of(2013, 11, 19),
                LocalDate.of(2013, 11, 20), null, organisers, BigDecimal.TEN, NUMBER, LocalDate.of(2013, 11, 21), null);

        organisers.clear();

        assertThat(content.organisers()).isEqualTo(ORGANISERS);
    }

    private static CertificateContent content(Language language, String title, BigDecimal hours) {
        return new CertificateContent(language, NAME, title, LocalDate.of(2013, 11, 19), LocalDate.of(2013, 11, 20),
                "Астана", ORGANISERS, hours, NUMBER, LocalDate.of(2013, 11, 21), URL);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document);
        }
    }

    private static String text(PDDocument document) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    /** Wrapped lines joined again, so that a phrase can be found wherever the renderer broke it. */
    private static String oneLine(String text) {
        return String.join(" ", Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** Every character drawn lies inside the inner frame, 30 points from each edge. */
    private static void assertInsideTheFrame(PDDocument document) throws IOException {
        PDRectangle page = document.getPage(0).getMediaBox();
        List<TextPosition> glyphs = new ArrayList<>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.getText(document);

        assertThat(glyphs).isNotEmpty().allSatisfy(glyph -> {
            assertThat(glyph.getXDirAdj()).as(glyph.getUnicode()).isGreaterThan(30);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as(glyph.getUnicode()).isLessThan(page.getWidth() - 30);
            assertThat(glyph.getYDirAdj() - glyph.getHeightDir()).as(glyph.getUnicode()).isGreaterThan(30);
            assertThat(glyph.getYDirAdj()).as(glyph.getUnicode()).isLessThan(page.getHeight() - 30);
        });
    }
}
