package be.kompas.core.document;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A document to render: a title page line, then blocks in order.
 *
 * <pre>
 * Document report = Document.titled("Jaarverslag integriteit 2026").subtitle("PZ Demostad")
 *         .heading("Klachten").paragraph("Het aantal klachten steeg met 12 %.")
 *         .chart(Chart.bar("Klachten per maand", months, List.of(new Chart.Series("2026", counts))))
 *         .build();
 * </pre>
 */
public record Document(String title, @Nullable String subtitle, List<Block> blocks) {

    public Document {
        blocks = List.copyOf(blocks);
    }

    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** One part of a document. */
    public sealed interface Block permits Heading, Paragraph, Table, Chart, PageBreak {

        void renderTo(Renderer renderer);
    }

    /** What a format does with each kind of block (Java 17 has no pattern switch over the sealed blocks). */
    public interface Renderer {

        void heading(Heading heading);

        void paragraph(Paragraph paragraph);

        void table(Table table);

        void chart(Chart chart);

        void pageBreak();
    }

    /** @param level 1 for a chapter, 2 for a section */
    public record Heading(String text, int level) implements Block {

        @Override
        public void renderTo(Renderer renderer) {
            renderer.heading(this);
        }
    }

    public record Paragraph(String text) implements Block {

        @Override
        public void renderTo(Renderer renderer) {
            renderer.paragraph(this);
        }
    }

    /** Starts the next block on a new page. */
    public record PageBreak() implements Block {

        @Override
        public void renderTo(Renderer renderer) {
            renderer.pageBreak();
        }
    }

    public static final class Builder {

        private final String title;

        private @Nullable String subtitle;

        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        public Builder heading(String text) {
            return add(new Heading(text, 1));
        }

        public Builder subheading(String text) {
            return add(new Heading(text, 2));
        }

        public Builder paragraph(String text) {
            return add(new Paragraph(text));
        }

        public Builder table(Table table) {
            return add(table);
        }

        public Builder chart(Chart chart) {
            return add(chart);
        }

        public Builder pageBreak() {
            return add(new PageBreak());
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public Document build() {
            return new Document(title, subtitle, blocks);
        }
    }
}
