package be.kompas.core.document;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** Writes a {@link Document} as an A4 PDF with OpenPDF; charts are embedded as images drawn at twice their size. */
public final class PdfDocuments {

    private static final Color ACCENT = new Color(0x1f4e79);

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, ACCENT);

    private static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA, 13, Color.DARK_GRAY);

    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15, ACCENT);

    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Color.BLACK);

    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10.5f, Color.BLACK);

    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.BLACK);

    private static final Font HEADER_CELL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.WHITE);

    private PdfDocuments() {
    }

    public static byte[] toBytes(Document document) {
        var out = new java.io.ByteArrayOutputStream();
        write(document, out);
        return out.toByteArray();
    }

    public static void write(Document document, OutputStream out) {
        var pdf = new com.lowagie.text.Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(document.title());
            pdf.addCreator("Kompas");
            pdf.open();
            pdf.add(paragraph(document.title(), TITLE, 4));
            if (document.subtitle() != null) {
                pdf.add(paragraph(document.subtitle(), SUBTITLE, 18));
            }
            var renderer = new Renderer(pdf);
            document.blocks().forEach(block -> block.renderTo(renderer));
            pdf.close();
        }
        catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF " + document.title(), e);
        }
    }

    /** Adds each block to the open PDF document. */
    private record Renderer(com.lowagie.text.Document pdf) implements Document.Renderer {

        @Override
        public void heading(Document.Heading heading) {
            var text = PdfDocuments.paragraph(heading.text(), heading.level() == 1 ? HEADING : SUBHEADING, 6);
            text.setSpacingBefore(heading.level() == 1 ? 16 : 10);
            add(text);
        }

        @Override
        public void paragraph(Document.Paragraph paragraph) {
            add(PdfDocuments.paragraph(paragraph.text(), BODY, 8));
        }

        @Override
        public void table(Table table) {
            add(PdfDocuments.table(table));
        }

        @Override
        public void chart(Chart chart) {
            add(PdfDocuments.chart(chart));
        }

        @Override
        public void pageBreak() {
            pdf.newPage();
        }

        private void add(Element element) {
            pdf.add(element);
        }
    }

    private static com.lowagie.text.Paragraph paragraph(String text, Font font, float spacingAfter) {
        var paragraph = new com.lowagie.text.Paragraph(text, font);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static PdfPTable table(Table table) {
        var pdfTable = new PdfPTable(table.headers().size());
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(1);
        pdfTable.setSpacingBefore(4);
        pdfTable.setSpacingAfter(10);
        for (String header : table.headers()) {
            var cell = new PdfPCell(new Phrase(header, HEADER_CELL));
            cell.setBackgroundColor(ACCENT);
            cell.setPadding(4);
            pdfTable.addCell(cell);
        }
        for (var row : table.rows()) {
            for (int column = 0; column < row.size(); column++) {
                var cell = new PdfPCell(new Phrase(row.get(column), CELL));
                cell.setPadding(3);
                cell.setHorizontalAlignment(table.numeric(column) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                pdfTable.addCell(cell);
            }
        }
        if (table.caption() != null) {
            var wrapper = new PdfPTable(1);
            wrapper.setWidthPercentage(100);
            var caption = new PdfPCell(new Phrase(table.caption(), SUBHEADING));
            caption.setBorder(0);
            wrapper.addCell(caption);
            var body = new PdfPCell(pdfTable);
            body.setBorder(0);
            wrapper.addCell(body);
            return wrapper;
        }
        return pdfTable;
    }

    private static Image chart(Chart chart) {
        try {
            Image image = Image.getInstance(ChartImages.png(chart, 1000, 560));
            image.scaleToFit(480, 270);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingAfter(10);
            return image;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
