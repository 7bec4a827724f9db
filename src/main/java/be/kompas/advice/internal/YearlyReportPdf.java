package be.kompas.advice.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.kompas.tenancy.Organisation;

/**
 * The yearly report of domain.md 3, in the organisation's language: the number of questions, the categories (a
 * table with bars), the average lead time and the general follow-up. Aggregates only, small counts hidden.
 */
@Component
public class YearlyReportPdf {

    private static final float MARGIN = 56;
    private static final float BAR_WIDTH = 180;

    private final MessageSource messages;

    YearlyReportPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(Organisation organisation, AdviceStatistics.Figures figures, java.util.Map<String, String>
            categoryLabels) {
        Locale locale = organisation.locale();
        try (var document = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var out = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = line(out, bold, 16, y, text(locale, "advice.yearly.title", organisation.name(), figures.year()));
                y = line(out, regular, 10, y - 4, text(locale, "advice.yearly.subtitle"));
                y = line(out, bold, 12, y - 14, text(locale, "advice.statistics.total") + ": " + figures.total());
                var answer = figures.toAnswer();
                y = line(out, regular, 11, y, text(locale, "advice.statistics.toAnswer") + ": " + (answer.mean() == null
                        ? text(locale, "common.none") : text(locale, "advice.statistics.leadTimes", answer.mean(),
                                answer.median(), answer.p90())));
                y = line(out, bold, 12, y - 14, text(locale, "advice.board.category"));
                y = table(out, regular, y, figures.byCategory().stream().map(row -> new AdviceStatistics.Row(
                        categoryLabels.getOrDefault(row.key(), text(locale, "advice.category." + row.key())),
                        row.count())).toList());
                y = line(out, bold, 12, y - 14, text(locale, "advice.yearly.followUp"));
                table(out, regular, y, figures.byOutcome().stream()
                        .map(row -> new AdviceStatistics.Row(text(locale, row.key()), row.count())).toList());
            }
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Label, count, and a bar as long as the count relative to the largest one. */
    private static float table(PDPageContentStream out, PDType1Font font, float top, List<AdviceStatistics.Row> rows)
            throws IOException {
        long max = rows.stream().mapToLong(YearlyReportPdf::number).max().orElse(1);
        float y = top;
        for (var row : rows) {
            y -= 16;
            write(out, font, 10, MARGIN, y, row.key());
            write(out, font, 10, MARGIN + 260, y, row.count());
            long count = number(row);
            if (count > 0) {
                out.setNonStrokingColor(0.16f, 0.35f, 0.6f);
                out.addRect(MARGIN + 300, y - 1, BAR_WIDTH * count / Math.max(max, 1), 9);
                out.fill();
                out.setNonStrokingColor(0f, 0f, 0f);
            }
        }
        return y;
    }

    /** A hidden small count ("&lt;5") draws no bar. */
    private static long number(AdviceStatistics.Row row) {
        return row.count().chars().allMatch(Character::isDigit) ? Long.parseLong(row.count()) : 0;
    }

    private static float line(PDPageContentStream out, PDType1Font font, float size, float y, String text)
            throws IOException {
        write(out, font, size, MARGIN, y - size, text);
        return y - size - 6;
    }

    private static void write(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
