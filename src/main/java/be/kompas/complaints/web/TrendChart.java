package be.kompas.complaints.web;

import java.util.ArrayList;
import java.util.List;

import be.kompas.complaints.YearFigures.MonthCount;

/**
 * Twelve months of complaints and compliments as bar pairs in a {@value #WIDTH} by {@value #HEIGHT} SVG, drawn with
 * attributes only so that the strict CSP needs no inline style.
 */
record TrendChart(List<Bar> bars, int max) {

    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    private static final int SLOT = WIDTH / 12;
    private static final int BAR = SLOT / 2 - 4;

    /** One bar; {@code series} 0 is complaints, 1 compliments. */
    record Bar(int month, int series, int count, int x, int y, int height) {
    }

    static TrendChart of(List<MonthCount> months) {
        int max = Math.max(1, months.stream().mapToInt(m -> Math.max(m.complaints(), m.compliments())).max()
                .orElse(1));
        var bars = new ArrayList<Bar>();
        for (MonthCount month : months) {
            int slot = (month.month() - 1) * SLOT + 2;
            bars.add(bar(month.month(), 0, month.complaints(), slot, max));
            bars.add(bar(month.month(), 1, month.compliments(), slot + BAR + 2, max));
        }
        return new TrendChart(bars, max);
    }

    private static Bar bar(int month, int series, int count, int x, int max) {
        int height = Math.round((float) count * (HEIGHT - 20) / max);
        return new Bar(month, series, count, x, HEIGHT - 20 - height, height);
    }

    public int labelX(int month) {
        return (month - 1) * SLOT + SLOT / 2;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int barWidth() {
        return BAR;
    }
}
