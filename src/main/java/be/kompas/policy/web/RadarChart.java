package be.kompas.policy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.kompas.policy.MaturityAssessment;
import be.kompas.policy.MaturityScore;
import be.kompas.policy.MaturityTopic;

/**
 * A radar chart of a year's maturity against the previous year, drawn as SVG by the template: one axis per topic,
 * level 0 in the centre and 5 on the rim. A topic without a score is drawn at 0.
 */
record RadarChart(List<Axis> axes, List<String> rings, String current, String previous, boolean hasPrevious) {

    static final int SIZE = 420;
    private static final double CENTRE = SIZE / 2.0;
    private static final double RADIUS = 150;

    record Axis(MaturityTopic topic, String x, String y, String labelX, String labelY, String anchor) {
    }

    static RadarChart of(MaturityAssessment current, MaturityAssessment previous) {
        var topics = MaturityTopic.values();
        var axes = new ArrayList<Axis>();
        for (int i = 0; i < topics.length; i++) {
            var angle = angle(i, topics.length);
            var labelX = CENTRE + (RADIUS + 12) * Math.cos(angle);
            axes.add(new Axis(topics[i], coordinate(CENTRE + RADIUS * Math.cos(angle)),
                    coordinate(CENTRE + RADIUS * Math.sin(angle)), coordinate(labelX),
                    coordinate(CENTRE + (RADIUS + 12) * Math.sin(angle)),
                    Math.abs(labelX - CENTRE) < 1 ? "middle" : labelX > CENTRE ? "start" : "end"));
        }
        var rings = new ArrayList<String>();
        for (int level = 1; level <= MaturityScore.HIGHEST; level++) {
            final int ring = level;
            rings.add(polygon(topics.length, i -> ring));
        }
        return new RadarChart(axes, rings, polygon(topics.length, i -> level(current, topics[i])),
                polygon(topics.length, i -> level(previous, topics[i])), !previous.scores().isEmpty());
    }

    private static int level(MaturityAssessment assessment, MaturityTopic topic) {
        return assessment.score(topic).map(MaturityScore::level).orElse(0);
    }

    private static String polygon(int count, java.util.function.IntUnaryOperator level) {
        var points = new StringBuilder();
        for (int i = 0; i < count; i++) {
            var r = RADIUS * level.applyAsInt(i) / MaturityScore.HIGHEST;
            var angle = angle(i, count);
            points.append(coordinate(CENTRE + r * Math.cos(angle))).append(',')
                    .append(coordinate(CENTRE + r * Math.sin(angle))).append(' ');
        }
        return points.toString().strip();
    }

    /** The first axis points up, the others follow clockwise. */
    private static double angle(int index, int count) {
        return -Math.PI / 2 + 2 * Math.PI * index / count;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public int size() {
        return SIZE;
    }
}
