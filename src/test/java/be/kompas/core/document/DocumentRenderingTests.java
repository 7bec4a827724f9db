package be.kompas.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocumentRenderingTests {

    final Document report = Document.titled("Jaarverslag integriteit 2026").subtitle("PZ Demostad – Exempleville")
            .heading("Klachten")
            .paragraph("Het aantal klachten daalde van 120 naar 96 (−20 %); één op vijf werd gegrond verklaard.")
            .table(Table.of(List.of("Uitkomst", "Aantal", "Aandeel"),
                    List.of(List.of("Gegrond", "19", "20 %"), List.of("Ongegrond", "77", "80 %"))))
            .chart(Chart.bar("Klachten per kwartaal", List.of("K1", "K2", "K3", "K4"),
                    List.of(new Chart.Series("2025", List.of(30, 28, 35, 27)),
                            new Chart.Series("2026", List.of(22, 25, 26, 23)))))
            .pageBreak()
            .subheading("Verdeling")
            .chart(Chart.pie("Uitkomsten", List.of("Gegrond", "Ongegrond"), new Chart.Series("2026", List.of(19, 77))))
            .chart(Chart.radar("Maturiteit", List.of("Beleid", "Selectie", "Vorming", "Handhaving"),
                    List.of(new Chart.Series("2025", List.of(2, 1, 3, 2)), new Chart.Series("2026", List.of(3, 2, 3, 4)))))
            .build();

    @Test
    void writesAPdfWhoseTextAndChartsRender() throws Exception {
        byte[] pdf = PdfDocuments.toBytes(report);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Jaarverslag integriteit 2026", "één op vijf", "Gegrond", "80 %");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertThat(colouredPixels(page)).as("chart bars in the report's accent colours").isGreaterThan(2_000);
        }
    }

    @Test
    void writesAnEditableWordDocumentWithItsCharts() throws Exception {
        byte[] docx = DocxDocuments.toBytes(report);

        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Jaarverslag integriteit 2026", "Klachten", "Ongegrond");
            assertThat(document.getTables()).hasSize(1);
            assertThat(document.getAllPictures()).hasSize(3);
        }
    }

    @Test
    void refusesASeriesThatDoesNotFitItsCategories() {
        assertThatIllegalArgumentException().isThrownBy(() -> Chart.bar("x", List.of("a", "b"),
                List.of(new Chart.Series("s", List.of(1)))));
        assertThatIllegalArgumentException().isThrownBy(() -> Table.of(List.of("a", "b"), List.of(List.of("1"))));
    }

    /** Pixels that are clearly neither grey nor white: only the charts draw in colour. */
    private static int colouredPixels(BufferedImage image) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    count++;
                }
            }
        }
        return count;
    }
}
