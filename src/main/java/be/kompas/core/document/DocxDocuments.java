package be.kompas.core.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.poi.util.Units;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;

/**
 * Writes a {@link Document} as an editable Word document with Apache POI, for the bodies that add their own text
 * before publishing (police board, governing bodies).
 */
public final class DocxDocuments {

    private static final String ACCENT = "1F4E79";

    private DocxDocuments() {
    }

    public static byte[] toBytes(Document document) {
        var out = new ByteArrayOutputStream();
        write(document, out);
        return out.toByteArray();
    }

    public static void write(Document document, OutputStream out) {
        try (var docx = new XWPFDocument()) {
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().setCreator("Kompas");
            text(docx, document.title(), 22, true, ACCENT);
            if (document.subtitle() != null) {
                text(docx, document.subtitle(), 13, false, "404040");
            }
            var renderer = new Renderer(docx);
            document.blocks().forEach(block -> block.renderTo(renderer));
            docx.write(out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends each block to the Word document. */
    private record Renderer(XWPFDocument docx) implements Document.Renderer {

        @Override
        public void heading(Document.Heading heading) {
            text(docx, heading.text(), heading.level() == 1 ? 16 : 13, true, heading.level() == 1 ? ACCENT : "000000");
        }

        @Override
        public void paragraph(Document.Paragraph paragraph) {
            text(docx, paragraph.text(), 11, false, "000000");
        }

        @Override
        public void table(Table table) {
            DocxDocuments.table(docx, table);
        }

        @Override
        public void chart(Chart chart) {
            DocxDocuments.chart(docx, chart);
        }

        @Override
        public void pageBreak() {
            docx.createParagraph().setPageBreak(true);
        }
    }

    private static void text(XWPFDocument docx, String text, int size, boolean bold, String colour) {
        XWPFRun run = docx.createParagraph().createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setColor(colour);
    }

    private static void table(XWPFDocument docx, Table table) {
        if (table.caption() != null) {
            text(docx, table.caption(), 11, true, "000000");
        }
        XWPFTable docxTable = docx.createTable(table.rows().size() + 1, table.headers().size());
        docxTable.setWidth("100%");
        fill(docxTable.getRow(0), table.headers(), table, true);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(docxTable.getRow(i + 1), table.rows().get(i), table, false);
        }
        docx.createParagraph();
    }

    private static void fill(XWPFTableRow row, java.util.List<String> cells, Table table, boolean header) {
        for (int column = 0; column < cells.size(); column++) {
            var cell = row.getCell(column);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            if (!header && table.numeric(column)) {
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
            }
            XWPFRun run = paragraph.createRun();
            run.setText(cells.get(column));
            run.setFontSize(9);
            if (header) {
                run.setBold(true);
                run.setColor("FFFFFF");
                cell.setColor(ACCENT);
            }
        }
    }

    private static void chart(XWPFDocument docx, Chart chart) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        byte[] png = ChartImages.png(chart, 1000, 560);
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, chart.title() + ".png",
                    Units.toEMU(450), Units.toEMU(252));
        }
        catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("Could not embed the chart " + chart.title(), e);
        }
    }
}
