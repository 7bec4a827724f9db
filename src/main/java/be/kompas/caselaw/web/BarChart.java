package be.kompas.caselaw.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import be.kompas.caselaw.Distribution.Share;

/**
 * Horizontal bars in an SVG {@value #WIDTH} wide, one row per share, drawn with attributes only so that the strict
 * CSP needs no inline style.
 */
record BarChart(List<Bar> bars, int height) {

    static final int WIDTH = 600;
    static final int ROW = 26;
    static final int LABEL = 260;
    static final int SPAN = 280;

    /** One row; {@code code} is null for decisions without a sanction. */
    record Bar(@Nullable String code, int count, int y, int width) {

        public int textY() {
            return y + 13;
        }

        public int countX() {
            return LABEL + width + 6;
        }
    }

    static BarChart of(List<Share> shares) {
        int max = Math.max(1, shares.stream().mapToInt(Share::count).max().orElse(1));
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < shares.size(); i++) {
            var share = shares.get(i);
            bars.add(new Bar(share.code(), share.count(), i * ROW + 4, Math.max(2, share.count() * SPAN / max)));
        }
        return new BarChart(bars, Math.max(ROW, shares.size() * ROW));
    }

    public int width() {
        return WIDTH;
    }

    public int labelWidth() {
        return LABEL;
    }
}
